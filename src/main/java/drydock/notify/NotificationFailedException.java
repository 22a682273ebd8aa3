package drydock.notify;

class NotificationFailedException extends RuntimeException {

	NotificationFailedException(String message) {
		super(message);
	}

	NotificationFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
