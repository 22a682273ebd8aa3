package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import drydock.photo.PhotoProperties.Choice;

@ExtendWith(OutputCaptureExtension.class)
class PhotoConfigurationTest {

	private static final String NOT_INSTALLED = "libvips-not-installed.so.42";

	@Test
	void autoFallsBackToImageIoWhenLibvipsIsNotInstalledAndSaysSo(CapturedOutput output) {
		PhotoProcessor processor = new PhotoConfiguration().photoProcessor(properties(Choice.AUTO, NOT_INSTALLED));
		assertThat(processor).isInstanceOf(ImageIoPhotoProcessor.class);
		assertThat(output).contains("libvips is not available").contains("Photo processor: ImageIO");
	}

	@Test
	void autoTakesLibvipsWhereItIsInstalled(CapturedOutput output) {
		VipsProcessors.create(properties(Choice.AUTO, null));
		PhotoProcessor processor = new PhotoConfiguration().photoProcessor(properties(Choice.AUTO, null));
		assertThat(processor).isInstanceOf(VipsPhotoProcessor.class);
		assertThat(processor.description()).matches("libvips \\d+\\.\\d+\\.\\d+");
		assertThat(output).contains("Photo processor: libvips");
	}

	@Test
	void imageIoCanBeChosenWhereLibvipsIsInstalled() {
		assertThat(PhotoConfiguration.choose(properties(Choice.IMAGEIO, null))).isInstanceOf(ImageIoPhotoProcessor.class);
	}

	@Test
	void requiringLibvipsWhereItIsMissingStopsTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PhotoConfiguration.choose(properties(Choice.LIBVIPS, NOT_INSTALLED)));
	}

	private static PhotoProperties properties(Choice choice, String library) {
		return new PhotoProperties(Path.of("unused"), 576, 6, null, choice, null, library);
	}

}
