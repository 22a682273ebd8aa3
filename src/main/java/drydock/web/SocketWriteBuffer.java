package drydock.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's buffer between a response and its socket: 64 kB rather than 8 kB, so a large page
 * goes out in a few socket writes instead of one per 8 kB. A 145 kB dashboard of 100 rows took
 * eighteen, and served from the cache it ran at 3,800-4,100 requests/s against 6,200-7,800
 * with this buffer (wrk, 8 connections, docs/PERFORMANCE.md). Every open connection holds one,
 * so server.tomcat.max-connections keeps them to about as much memory as Tomcat's defaults did.
 */
@Configuration(proxyBeanMethods = false)
class SocketWriteBuffer {

	static final int SIZE = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer socketWriteBufferSize() {
		return connector -> {
			if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(SIZE))) {
				throw new IllegalStateException("Tomcat no longer takes socket.appWriteBufSize");
			}
		};
	}

}
