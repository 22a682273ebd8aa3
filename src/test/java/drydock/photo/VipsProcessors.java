package drydock.photo;

import drydock.testing.RequiredServices;

/** libvips processors for tests: skipped where libvips is not installed, failing in CI. */
final class VipsProcessors {

	private VipsProcessors() {
	}

	static VipsPhotoProcessor create(PhotoProperties properties) {
		try {
			return new VipsPhotoProcessor(properties);
		}
		catch (IllegalArgumentException ex) {
			RequiredServices.assumeAvailable("libvips", false, "Debian: apt-get install libvips42; " + ex.getMessage());
			throw ex;
		}
	}

}
