/**
 * Domain errors. Routes turn them into HTTP answers: problem+json in the API, form errors or
 * error pages in the UI. `messageKey` names a translated message.
 */
export class DomainError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
		readonly messageKey: string,
		message: string,
		readonly fieldErrors: { path: string; message: string }[] = []
	) {
		super(message);
	}
}

/** Also used for records the caller may not see, so that their existence is never confirmed. */
export class NotFoundError extends DomainError {
	constructor(message = 'Not found') {
		super(404, 'error_not_found', message);
	}
}

export class UnauthenticatedError extends DomainError {
	constructor(message = 'Sign-in required') {
		super(401, 'error_unauthenticated', message);
	}
}

/** Only for actions on records the caller can see but not change. */
export class ForbiddenError extends DomainError {
	constructor(message = 'Not allowed') {
		super(403, 'error_forbidden', message);
	}
}

export class ValidationError extends DomainError {
	constructor(fieldErrors: { path: string; message: string }[], message = 'Invalid input') {
		super(422, 'error_validation', message, fieldErrors);
	}
}

export class ConflictError extends DomainError {
	constructor(messageKey: string, message: string) {
		super(409, messageKey, message);
	}
}
