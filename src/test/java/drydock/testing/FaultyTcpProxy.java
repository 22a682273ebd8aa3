package drydock.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a random loopback port in front of a real service (PostgreSQL, Redis), for
 * tests that take the service away from the application without stopping it for everyone
 * else on the machine. {@link #stop()} is the service going down: live connections are
 * closed and new ones refused (the port stops listening). {@link #hang()} is a network that
 * stops answering: connections open and stay open, but no byte reaches the other side until
 * {@link #restore()}, which also brings a stopped service back on the same port.
 */
public final class FaultyTcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final int port;

	private final Set<Socket> live = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	private volatile boolean hanging;

	public FaultyTcpProxy(String targetHost, int targetPort) {
		this.target = new InetSocketAddress(targetHost, targetPort);
		this.listener = listen(0);
		this.port = listener.getLocalPort();
		accept(listener);
	}

	public int port() {
		return port;
	}

	/** The service stops: every live connection is closed, new ones are refused. */
	public synchronized void stop() {
		hanging = false;
		closeQuietly(listener);
		live.forEach(FaultyTcpProxy::closeQuietly);
		live.clear();
	}

	/** The network hangs: connections open, old and new, but no byte goes through until restored. */
	public synchronized void hang() {
		hanging = true;
	}

	/** The service is back, on the same port. */
	public synchronized void restore() {
		hanging = false;
		if (listener.isClosed()) {
			listener = listen(port);
			accept(listener);
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void accept(ServerSocket server) {
		Thread.ofVirtual().name("faulty-proxy-" + port).start(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					if (track(server, client)) {
						forward(client);
					}
				}
				catch (IOException ex) {
					// The listener was closed: the service is "down" until restore().
				}
			}
		});
	}

	/**
	 * Counts a new connection as live unless the service stopped while it was being accepted: a
	 * connection that slipped past stop() would keep the "stopped" service answering.
	 */
	private synchronized boolean track(ServerSocket server, Socket socket) {
		if (server.isClosed()) {
			closeQuietly(socket);
			return false;
		}
		live.add(socket);
		return true;
	}

	private void forward(Socket client) {
		Thread.ofVirtual().start(() -> {
			Socket service = new Socket();
			if (!track(listener, service)) {
				closeQuietly(client);
				return;
			}
			try {
				service.connect(target, 2000);
				Thread.ofVirtual().start(() -> pump(service, client));
				pump(client, service);
			}
			catch (IOException ex) {
				closeQuietly(client);
				closeQuietly(service);
			}
		});
	}

	/** Copies one direction until either side closes; while hanging, bytes wait (as in a stalled network). */
	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				while (hanging) {
					Thread.sleep(10);
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException | InterruptedException ex) {
			// One side closed or was cut.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			live.remove(from);
			live.remove(to);
		}
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on port " + port, ex);
		}
	}

	private static void closeQuietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
