package drydock.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CREW_LOGIN = "/crew-login";

	static final String ADMIN_LOGIN = "/admin-login";

	/** Scripts and styles only from files the app serves (no inline code); photo previews are blob: URLs. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' blob: data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
		var paths = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", CREW_LOGIN, ADMIN_LOGIN, "/css/**", "/js/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/crew/**")
			.hasRole(Role.CREW.name())
			.requestMatchers("/admin/**", "/actuator/**", "/api/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						paths.matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(ADMIN_LOGIN),
						paths.matcher("/admin/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(CREW_LOGIN),
						paths.matcher("/**")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
