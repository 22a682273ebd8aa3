package drydock.notify;

/** Sends a text message to a phone number; throws {@link NotificationFailedException} when it cannot. */
interface Notifier {

	void send(String phoneNumber, String message);

	/** Whether messages really leave the building (false for the notifier that only logs). */
	boolean delivers();

}
