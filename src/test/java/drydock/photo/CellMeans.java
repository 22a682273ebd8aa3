package drydock.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A picture seen as a grid of cells, each its mean colour: coarse enough to ignore
 * compression and resampling, fine enough to tell a picture from its mirror image or its
 * upside-down copy.
 */
record CellMeans(double[][][] cells) {

	static final int GRID = 8;

	static CellMeans of(byte[] jpeg) {
		return of(decode(jpeg));
	}

	static CellMeans of(BufferedImage image) {
		double[][][] cells = new double[GRID][GRID][3];
		int[][] counts = new int[GRID][GRID];
		int width = image.getWidth();
		int height = image.getHeight();
		for (int y = 0; y < height; y++) {
			int row = y * GRID / height;
			for (int x = 0; x < width; x++) {
				int column = x * GRID / width;
				int rgb = image.getRGB(x, y);
				cells[row][column][0] += rgb >> 16 & 0xFF;
				cells[row][column][1] += rgb >> 8 & 0xFF;
				cells[row][column][2] += rgb & 0xFF;
				counts[row][column]++;
			}
		}
		for (int row = 0; row < GRID; row++) {
			for (int column = 0; column < GRID; column++) {
				for (int channel = 0; channel < 3; channel++) {
					cells[row][column][channel] /= counts[row][column];
				}
			}
		}
		return new CellMeans(cells);
	}

	static BufferedImage decode(byte[] jpeg) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
			if (image == null) {
				throw new IllegalArgumentException("not an image ImageIO reads");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The mean difference of the cells' colours, 0 (same) to 255 (black against white). */
	double distance(CellMeans other) {
		double sum = 0;
		for (int row = 0; row < GRID; row++) {
			for (int column = 0; column < GRID; column++) {
				for (int channel = 0; channel < 3; channel++) {
					sum += Math.abs(cells[row][column][channel] - other.cells[row][column][channel]);
				}
			}
		}
		return sum / (GRID * GRID * 3);
	}

	/**
	 * The seven other ways the grid can be mirrored or turned (what each wrong EXIF
	 * orientation handling would produce), without the grid as it is.
	 */
	List<CellMeans> wrongOrientations() {
		List<CellMeans> wrong = new ArrayList<>();
		for (int orientation = 2; orientation <= 8; orientation++) {
			wrong.add(transformed(orientation));
		}
		return wrong;
	}

	private CellMeans transformed(int orientation) {
		int last = GRID - 1;
		double[][][] out = new double[GRID][GRID][];
		for (int row = 0; row < GRID; row++) {
			for (int column = 0; column < GRID; column++) {
				out[row][column] = switch (orientation) {
					case 2 -> cells[row][last - column];
					case 3 -> cells[last - row][last - column];
					case 4 -> cells[last - row][column];
					case 5 -> cells[column][row];
					case 6 -> cells[last - column][row];
					case 7 -> cells[last - column][last - row];
					default -> cells[column][last - row];
				};
			}
		}
		return new CellMeans(out);
	}

	/** The darkest channel of the four corner pixels: 255 only when every corner is white. */
	static int darkestCorner(BufferedImage image) {
		int[][] corners = { { 1, 1 }, { image.getWidth() - 2, 1 }, { 1, image.getHeight() - 2 },
				{ image.getWidth() - 2, image.getHeight() - 2 } };
		int minimum = 255;
		for (int[] corner : corners) {
			int rgb = image.getRGB(corner[0], corner[1]);
			minimum = Math.min(minimum, Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF)));
		}
		return minimum;
	}

}
