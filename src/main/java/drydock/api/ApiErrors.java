package drydock.api;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import drydock.web.DatabaseOutage;

/** The API's answer when the database is out of reach: JSON, not the HTML error page the pages get. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ResponseEntity<ProblemDetail> databaseOutage(RuntimeException ex, HttpServletRequest request,
			HttpServletResponse response) {
		DatabaseOutage.startAnswer(ex, request, response);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE));
	}

}
