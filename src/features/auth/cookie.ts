/** The name of the session cookie: shared by the login route and the access check. */
export const SESSION_COOKIE = 'passerelle_session';
