package drydock.photo;

/** Output sizes: at most a width (never enlarged), or fitting a square box. */
record TargetSize(int width, int height) {

	static TargetSize display(int uprightWidth, int uprightHeight, int maxWidth) {
		if (uprightWidth <= maxWidth) {
			return new TargetSize(uprightWidth, uprightHeight);
		}
		return new TargetSize(maxWidth, Math.max(1, (int) Math.round((double) uprightHeight * maxWidth / uprightWidth)));
	}

	static TargetSize fit(int width, int height, int box) {
		if (width <= box && height <= box) {
			return new TargetSize(width, height);
		}
		double scale = Math.min((double) box / width, (double) box / height);
		return new TargetSize(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
	}

	/** The seed's rule: photos smaller than 800x800 are saved at quality 90, others at 85. */
	static int jpegQuality(int width, int height) {
		return width < 800 && height < 800 ? 90 : 85;
	}

}
