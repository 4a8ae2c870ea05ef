// Generated from openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Checks the email and password and sets the session cookie (HttpOnly, SameSite=Lax). Failed attempts are counted per account and address (5 free), per address (20) and per account (50); past a budget each attempt waits a delay doubling from 1 to 15 minutes, answered 429 with Retry-After. A session ends after its lifetime or when idle too long.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Log out
         * @description Destroys the session on the server and clears the cookie.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my preferences
         * @description The chosen language is remembered for the next sessions.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateMeRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/installation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * About this installation
         * @description Public: what the login page must tell before anyone logs in.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Installation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search the people of your centre
         * @description Sorted by last name then first name. Pages with `limit` and `cursor`. `responsible=me` is a worker’s own people.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    /** @description Only the people followed by you (me), by this worker (an id), or by nobody (none). */
                    responsible?: "me" | "none" | string;
                    /** @description The beginning of words of the name (accent- and case-insensitive, in any order: "dup ma" finds Marie Dupont) or of a national number (with or without separators). */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonPage"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a person
         * @description Two people of one centre cannot share a national number (409 names the other person).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePersonRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict: stale version or duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give files to another worker
         * @description Leads and administrators. Either `personIds` (up to 500) or `fromUserId` (every file a worker follows, for a worker who leaves), never both. All or nothing: a file of another centre is 404 and nothing changes. Each file that changes gets a new version, an audit row and a `person.reassigned` event on its timeline.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReassignRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReassignResult"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a person
         * @description Every read is recorded in the audit log. A person of another centre is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a person
         * @description Send only the fields that change, with the `version` you read. A stale version answers 409 with `currentVersion`; nothing is overwritten.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdatePersonRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict: stale version or duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workers and leads of your centre
         * @description Who can follow a file (`responsibleUserId`), sorted by name, with how many people each follows. Administrators follow no files and are not listed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkerList"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of your centre
         * @description Who read or changed what, newest first, including refused access and failed logins. Centre administrators only; reading the trail is itself recorded.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    /** @description Only the events about this person. */
                    personId?: string;
                    action?: "session.login" | "session.loginFailed" | "session.logout" | "access.denied" | "audit.read" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update" | "person.reassign" | "assessment.list" | "assessment.read" | "assessment.create" | "assessment.update" | "instrument.create" | "measurement.list" | "measurement.create" | "progress.read" | "timeline.read";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventPage"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The social assessments of a person, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentList"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a social assessment
         * @description Per life domain: the situation, obstacles and strengths; overall aspirations, aptitudes, qualifications and needs.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateAssessmentRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one social assessment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a social assessment
         * @description Send the fields that change and the `version` you read. Refused with 409 once a plan was signed on it: record a new assessment instead.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateAssessmentRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict: stale version or duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The progress instruments of your centre
         * @description The built-in ones and those your centre loaded, each at its latest version.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstrumentList"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Load your centre’s own instrument
         * @description Centre administrators. An invalid definition is refused with every problem listed. The same key with a changed definition makes a new version (201); the same definition again changes nothing (200). Measurements keep the version they were taken with.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InstrumentDefinitionInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instrument"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instrument"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict: stale version or duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSON Schema of an instrument definition
         * @description The format a centre uses to load its own instrument with POST /instruments. No sign-in needed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One instrument, at its latest or a given version */
        get: {
            parameters: {
                query?: {
                    /** @description A past version; the latest by default. */
                    version?: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instrument"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The progress measurements of a person, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Only the measurements with this instrument. */
                    instrument?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeasurementList"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a progress measurement
         * @description Scores per domain on the instrument scale: the worker’s and, optionally, the person’s own. Unknown domains, scores off the scale and future dates are refused with the field named.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateMeasurementRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measurement"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress from the starting point, per domain
         * @description Per domain: the baseline (first measurement), the latest, the change and the series; the overall change; and the domains where worker and person are 2 levels or more apart.
         */
        get: {
            parameters: {
                query: {
                    instrument: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Progress"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happened in a person’s file, newest first
         * @description The person’s events from the event log: registration, changes, assessments and measurements; plans and evaluations join as they arrive.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timeline"];
                    };
                };
                /** @description Invalid input: `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for your role, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found in your centre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Assessment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            assessedOn: string;
            domains: {
                /** @enum {string} */
                domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "family" | "socialNetwork" | "education" | "workExperience" | "language" | "mobility" | "administration" | "justice";
                situation: string;
                obstacles: string;
                strengths: string;
            }[];
            aspirations: string;
            aptitudes: string;
            qualifications: string;
            needs: string;
            /** @description A plan was signed on it: read-only, make a new assessment instead. */
            locked: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Name of the worker who recorded it. */
            createdBy: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AssessmentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            assessedOn: string;
            domains: {
                /** @enum {string} */
                domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "family" | "socialNetwork" | "education" | "workExperience" | "language" | "mobility" | "administration" | "justice";
                situation: string;
                obstacles: string;
                strengths: string;
            }[];
            aspirations: string;
            aptitudes: string;
            qualifications: string;
            needs: string;
            /** @description A plan was signed on it: read-only, make a new assessment instead. */
            locked: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Name of the worker who recorded it. */
            createdBy: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AssessmentList: {
            items: components["schemas"]["Assessment"][];
        };
        AssessmentListInput: {
            items: components["schemas"]["AssessmentInput"][];
        };
        AuditEvent: {
            /** @description Increasing identifier (a 64-bit integer as a string). */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "session.login" | "session.loginFailed" | "session.logout" | "access.denied" | "audit.read" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update" | "person.reassign" | "assessment.list" | "assessment.read" | "assessment.create" | "assessment.update" | "instrument.create" | "measurement.list" | "measurement.create" | "progress.read" | "timeline.read";
            actorUserId: string | null;
            actorName: string | null;
            personId: string | null;
            subjectType: string | null;
            subjectId: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditEventInput: {
            /** @description Increasing identifier (a 64-bit integer as a string). */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "session.login" | "session.loginFailed" | "session.logout" | "access.denied" | "audit.read" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update" | "person.reassign" | "assessment.list" | "assessment.read" | "assessment.create" | "assessment.update" | "instrument.create" | "measurement.list" | "measurement.create" | "progress.read" | "timeline.read";
            actorUserId: string | null;
            actorName: string | null;
            personId: string | null;
            subjectType: string | null;
            subjectId: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        AuditEventPageInput: {
            items: components["schemas"]["AuditEventInput"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        CreateAssessmentRequest: {
            /**
             * Format: date
             * @description The day of the assessment (YYYY-MM-DD), not in the future.
             */
            assessedOn: string;
            /** @description One entry per life domain looked at; domains not looked at are left out. */
            domains: components["schemas"]["DomainFinding"][];
            /** @default  */
            aspirations: string;
            /** @default  */
            aptitudes: string;
            /** @default  */
            qualifications: string;
            /** @default  */
            needs: string;
        };
        CreateAssessmentRequestInput: {
            /**
             * Format: date
             * @description The day of the assessment (YYYY-MM-DD), not in the future.
             */
            assessedOn: string;
            /** @description One entry per life domain looked at; domains not looked at are left out. */
            domains: components["schemas"]["DomainFindingInput"][];
            /** @default  */
            aspirations: string;
            /** @default  */
            aptitudes: string;
            /** @default  */
            qualifications: string;
            /** @default  */
            needs: string;
        };
        CreateMeasurementRequest: {
            instrumentKey: string;
            /** @description The latest version by default. */
            instrumentVersion?: number;
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             */
            measuredOn: string;
            /** @enum {string} */
            context: "intake" | "evaluation" | "closure" | "other";
            scores: components["schemas"]["Score"][];
        };
        CreateMeasurementRequestInput: {
            instrumentKey: string;
            /** @description The latest version by default. */
            instrumentVersion?: number;
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             */
            measuredOn: string;
            /** @enum {string} */
            context: "intake" | "evaluation" | "closure" | "other";
            scores: components["schemas"]["ScoreInput"][];
        };
        CreatePersonRequest: {
            firstName: string;
            lastName: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             * @example 1985-07-30
             */
            birthDate: string;
            /**
             * @description As recorded: F, M, or X for unknown or other.
             * @enum {string}
             */
            sex: "F" | "M" | "X";
            /**
             * @description The person’s language: their documents are printed in it.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            nationalNumber?: string | null;
            email?: string | null;
            phone?: string | null;
            /** @description Who follows the person: by default whoever registers them, when a worker or a lead. */
            responsibleUserId?: string | null;
        };
        CreatePersonRequestInput: {
            firstName: string;
            lastName: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             * @example 1985-07-30
             */
            birthDate: string;
            /**
             * @description As recorded: F, M, or X for unknown or other.
             * @enum {string}
             */
            sex: "F" | "M" | "X";
            /**
             * @description The person’s language: their documents are printed in it.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            nationalNumber?: string | null;
            email?: string | null;
            phone?: string | null;
            /** @description Who follows the person: by default whoever registers them, when a worker or a lead. */
            responsibleUserId?: string | null;
        };
        DomainFinding: {
            /** @enum {string} */
            domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "family" | "socialNetwork" | "education" | "workExperience" | "language" | "mobility" | "administration" | "justice";
            /** @default  */
            situation: string;
            /** @default  */
            obstacles: string;
            /** @default  */
            strengths: string;
        };
        DomainFindingInput: {
            /** @enum {string} */
            domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "family" | "socialNetwork" | "education" | "workExperience" | "language" | "mobility" | "administration" | "justice";
            /** @default  */
            situation: string;
            /** @default  */
            obstacles: string;
            /** @default  */
            strengths: string;
        };
        Installation: {
            /** @description True when this installation holds demo accounts, whose password is public: no real person may be recorded here. */
            demoAccounts: boolean;
        };
        InstallationInput: {
            /** @description True when this installation holds demo accounts, whose password is public: no real person may be recorded here. */
            demoAccounts: boolean;
        };
        Instrument: {
            /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
            key: string;
            /** @description The same text in French, Dutch, German and English. */
            name: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description The same text in French, Dutch, German and English. */
            description?: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description Shared by every domain that has no scale of its own. */
            scale?: {
                min: number;
                max: number;
                levels: {
                    value: number;
                    /** @description Short name of the level, e.g. "isolated". */
                    name: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                    /** @description What this level looks like in a person’s life. */
                    descriptor: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            };
            domains: {
                /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                key: string;
                /** @description The same text in French, Dutch, German and English. */
                name: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description The same text in French, Dutch, German and English. */
                description?: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description This domain’s own scale; otherwise the instrument’s shared scale. */
                scale?: {
                    min: number;
                    max: number;
                    levels: {
                        value: number;
                        /** @description Short name of the level, e.g. "isolated". */
                        name: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                        /** @description What this level looks like in a person’s life. */
                        descriptor: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                    }[];
                };
                items?: {
                    /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                    key: string;
                    /** @description The same text in French, Dutch, German and English. */
                    text: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            }[];
            version: number;
            /** @description Shipped with Passerelle; otherwise loaded by your centre. */
            builtIn: boolean;
            /** @description Every version of this instrument, oldest first. */
            versions: number[];
        };
        /**
         * Passerelle progress instrument
         * @description A progress instrument: domains scored on ordinal scales, each level named and described in fr, nl, de and en.
         */
        InstrumentDefinition: {
            /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
            key: string;
            /** @description The same text in French, Dutch, German and English. */
            name: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description The same text in French, Dutch, German and English. */
            description?: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description Shared by every domain that has no scale of its own. */
            scale?: {
                min: number;
                max: number;
                levels: {
                    value: number;
                    /** @description Short name of the level, e.g. "isolated". */
                    name: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                    /** @description What this level looks like in a person’s life. */
                    descriptor: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            };
            domains: {
                /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                key: string;
                /** @description The same text in French, Dutch, German and English. */
                name: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description The same text in French, Dutch, German and English. */
                description?: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description This domain’s own scale; otherwise the instrument’s shared scale. */
                scale?: {
                    min: number;
                    max: number;
                    levels: {
                        value: number;
                        /** @description Short name of the level, e.g. "isolated". */
                        name: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                        /** @description What this level looks like in a person’s life. */
                        descriptor: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                    }[];
                };
                items?: {
                    /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                    key: string;
                    /** @description The same text in French, Dutch, German and English. */
                    text: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            }[];
        };
        /**
         * Passerelle progress instrument
         * @description A progress instrument: domains scored on ordinal scales, each level named and described in fr, nl, de and en.
         */
        InstrumentDefinitionInput: {
            /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
            key: string;
            /** @description The same text in French, Dutch, German and English. */
            name: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description The same text in French, Dutch, German and English. */
            description?: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description Shared by every domain that has no scale of its own. */
            scale?: {
                min: number;
                max: number;
                levels: {
                    value: number;
                    /** @description Short name of the level, e.g. "isolated". */
                    name: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                    /** @description What this level looks like in a person’s life. */
                    descriptor: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            };
            domains: {
                /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                key: string;
                /** @description The same text in French, Dutch, German and English. */
                name: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description The same text in French, Dutch, German and English. */
                description?: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description This domain’s own scale; otherwise the instrument’s shared scale. */
                scale?: {
                    min: number;
                    max: number;
                    levels: {
                        value: number;
                        /** @description Short name of the level, e.g. "isolated". */
                        name: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                        /** @description What this level looks like in a person’s life. */
                        descriptor: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                    }[];
                };
                items?: {
                    /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                    key: string;
                    /** @description The same text in French, Dutch, German and English. */
                    text: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            }[];
        };
        InstrumentInput: {
            /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
            key: string;
            /** @description The same text in French, Dutch, German and English. */
            name: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description The same text in French, Dutch, German and English. */
            description?: {
                fr: string;
                nl: string;
                de: string;
                en: string;
            };
            /** @description Shared by every domain that has no scale of its own. */
            scale?: {
                min: number;
                max: number;
                levels: {
                    value: number;
                    /** @description Short name of the level, e.g. "isolated". */
                    name: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                    /** @description What this level looks like in a person’s life. */
                    descriptor: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            };
            domains: {
                /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                key: string;
                /** @description The same text in French, Dutch, German and English. */
                name: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description The same text in French, Dutch, German and English. */
                description?: {
                    fr: string;
                    nl: string;
                    de: string;
                    en: string;
                };
                /** @description This domain’s own scale; otherwise the instrument’s shared scale. */
                scale?: {
                    min: number;
                    max: number;
                    levels: {
                        value: number;
                        /** @description Short name of the level, e.g. "isolated". */
                        name: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                        /** @description What this level looks like in a person’s life. */
                        descriptor: {
                            fr: string;
                            nl: string;
                            de: string;
                            en: string;
                        };
                    }[];
                };
                items?: {
                    /** @description Stable identifier: starts with a lower-case letter; letters, digits and dashes. */
                    key: string;
                    /** @description The same text in French, Dutch, German and English. */
                    text: {
                        fr: string;
                        nl: string;
                        de: string;
                        en: string;
                    };
                }[];
            }[];
            version: number;
            /** @description Shipped with Passerelle; otherwise loaded by your centre. */
            builtIn: boolean;
            /** @description Every version of this instrument, oldest first. */
            versions: number[];
        };
        InstrumentList: {
            items: components["schemas"]["Instrument"][];
        };
        InstrumentListInput: {
            items: components["schemas"]["InstrumentInput"][];
        };
        LoginRequest: {
            email: string;
            password: string;
        };
        LoginRequestInput: {
            email: string;
            password: string;
        };
        Me: {
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {string} */
                role: "worker" | "lead" | "admin" | "federal";
                /** @enum {string} */
                locale: "fr" | "nl" | "de" | "en";
            };
            /** @description Null for the federal analyst, who belongs to no centre. */
            centre: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                language: "fr" | "nl" | "de" | "en";
            } | null;
            /**
             * Format: date
             * @description Today in Europe/Brussels by the server clock: the day every deadline and date check counts from.
             */
            today: string;
        };
        Measurement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            instrumentKey: string;
            instrumentVersion: number;
            /** Format: date */
            measuredOn: string;
            /** @enum {string} */
            context: "intake" | "evaluation" | "closure" | "other";
            scores: {
                domain: string;
                workerScore: number;
                personScore: number | null;
                note: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
        };
        MeasurementInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            instrumentKey: string;
            instrumentVersion: number;
            /** Format: date */
            measuredOn: string;
            /** @enum {string} */
            context: "intake" | "evaluation" | "closure" | "other";
            scores: {
                domain: string;
                workerScore: number;
                personScore: number | null;
                note: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
        };
        MeasurementList: {
            items: components["schemas"]["Measurement"][];
        };
        MeasurementListInput: {
            items: components["schemas"]["MeasurementInput"][];
        };
        MeInput: {
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {string} */
                role: "worker" | "lead" | "admin" | "federal";
                /** @enum {string} */
                locale: "fr" | "nl" | "de" | "en";
            };
            /** @description Null for the federal analyst, who belongs to no centre. */
            centre: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                language: "fr" | "nl" | "de" | "en";
            } | null;
            /**
             * Format: date
             * @description Today in Europe/Brussels by the server clock: the day every deadline and date check counts from.
             */
            today: string;
        };
        Person: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            sex: "F" | "M" | "X";
            /** @enum {string} */
            language: "fr" | "nl" | "de" | "en";
            /** @description 11 digits, or null when unknown. */
            nationalNumber: string | null;
            email: string | null;
            phone: string | null;
            /** @description The worker or lead of your centre who follows the person; null: nobody yet. */
            responsibleUserId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PersonInput: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            sex: "F" | "M" | "X";
            /** @enum {string} */
            language: "fr" | "nl" | "de" | "en";
            /** @description 11 digits, or null when unknown. */
            nationalNumber: string | null;
            email: string | null;
            phone: string | null;
            /** @description The worker or lead of your centre who follows the person; null: nobody yet. */
            responsibleUserId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        PersonPageInput: {
            items: components["schemas"]["PersonInput"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description RFC 9457 problem details (application/problem+json). */
        Problem: {
            /** @description Stable identifier of the kind of problem: branch on this. */
            type: string;
            /** @description Short summary in the caller language. */
            title: string;
            status: number;
            /** @description Human explanation in the caller language. */
            detail: string;
            instance?: string;
            errors?: {
                /** @description Dotted path of the invalid field, e.g. "birthDate". */
                path: string;
                /** @description Stable code of the rule, e.g. "validation.required". */
                code: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description RFC 9457 problem details (application/problem+json). */
        ProblemInput: {
            /** @description Stable identifier of the kind of problem: branch on this. */
            type: string;
            /** @description Short summary in the caller language. */
            title: string;
            status: number;
            /** @description Human explanation in the caller language. */
            detail: string;
            instance?: string;
            errors?: {
                /** @description Dotted path of the invalid field, e.g. "birthDate". */
                path: string;
                /** @description Stable code of the rule, e.g. "validation.required". */
                code: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        Progress: {
            instrumentKey: string;
            /** @description The instrument versions the measurements were taken with. */
            versions: number[];
            measurementCount: number;
            domains: {
                domain: string;
                baseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number;
                    personScore: number | null;
                };
                latest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number;
                    personScore: number | null;
                };
                /** @description Latest minus baseline; null with one point or when the scale changed. */
                change: number | null;
                personChange: number | null;
                series: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number;
                    personScore: number | null;
                }[];
            }[];
            /** @description Mean change over the domains that can be compared. */
            overallChange: number | null;
            /** @description Where the person sees it differently from the worker; kept, never averaged away. */
            disagreements: {
                domain: string;
                /** Format: uuid */
                measurementId: string;
                measuredOn: string;
                workerScore: number;
                personScore: number;
                /** @description Person minus worker: 2 levels or more apart. */
                gap: number;
            }[];
        };
        ProgressInput: {
            instrumentKey: string;
            /** @description The instrument versions the measurements were taken with. */
            versions: number[];
            measurementCount: number;
            domains: {
                domain: string;
                baseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number;
                    personScore: number | null;
                };
                latest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number;
                    personScore: number | null;
                };
                /** @description Latest minus baseline; null with one point or when the scale changed. */
                change: number | null;
                personChange: number | null;
                series: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number;
                    personScore: number | null;
                }[];
            }[];
            /** @description Mean change over the domains that can be compared. */
            overallChange: number | null;
            /** @description Where the person sees it differently from the worker; kept, never averaged away. */
            disagreements: {
                domain: string;
                /** Format: uuid */
                measurementId: string;
                measuredOn: string;
                workerScore: number;
                personScore: number;
                /** @description Person minus worker: 2 levels or more apart. */
                gap: number;
            }[];
        };
        ReassignRequest: {
            /**
             * Format: uuid
             * @description The worker or lead who will follow the files.
             */
            toUserId: string;
            /** @description These files… */
            personIds?: string[];
            /**
             * Format: uuid
             * @description …or every file this worker follows (a worker who leaves).
             */
            fromUserId?: string;
        };
        ReassignRequestInput: {
            /**
             * Format: uuid
             * @description The worker or lead who will follow the files.
             */
            toUserId: string;
            /** @description These files… */
            personIds?: string[];
            /**
             * Format: uuid
             * @description …or every file this worker follows (a worker who leaves).
             */
            fromUserId?: string;
        };
        ReassignResult: {
            /** @description Files that changed hands (those already followed by toUserId are left as they are). */
            reassigned: number;
        };
        ReassignResultInput: {
            /** @description Files that changed hands (those already followed by toUserId are left as they are). */
            reassigned: number;
        };
        Score: {
            /** @description A domain key of the instrument. */
            domain: string;
            /** @description The worker’s score on the domain scale. */
            workerScore: number;
            /** @description The person’s own score, when they gave one. */
            personScore?: number | null;
            note?: string;
        };
        ScoreInput: {
            /** @description A domain key of the instrument. */
            domain: string;
            /** @description The worker’s score on the domain scale. */
            workerScore: number;
            /** @description The person’s own score, when they gave one. */
            personScore?: number | null;
            note?: string;
        };
        Timeline: {
            items: components["schemas"]["TimelineEvent"][];
        };
        TimelineEvent: {
            /**
             * Format: uuid
             * @description The event: the same id in webhooks and on every redelivery.
             */
            eventId: string;
            /**
             * @description What happened. New types are added as features arrive; show unknown ones generically.
             * @enum {string}
             */
            type: "person.registered" | "person.updated" | "person.reassigned" | "assessment.recorded" | "assessment.updated" | "measurement.recorded" | "instrument.loaded";
            /** @enum {string} */
            kind: "registered" | "person" | "assessment" | "measurement";
            /**
             * Format: uuid
             * @description The record the event is about.
             */
            id: string;
            /**
             * Format: date
             * @description The day it happened (YYYY-MM-DD).
             */
            date: string;
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            at: string;
            /** @description Who recorded it. */
            by: string | null;
            /** @description Ids and what changed (field names), never personal values. */
            detail: {
                [key: string]: string | number | string[];
            };
        };
        TimelineEventInput: {
            /**
             * Format: uuid
             * @description The event: the same id in webhooks and on every redelivery.
             */
            eventId: string;
            /**
             * @description What happened. New types are added as features arrive; show unknown ones generically.
             * @enum {string}
             */
            type: "person.registered" | "person.updated" | "person.reassigned" | "assessment.recorded" | "assessment.updated" | "measurement.recorded" | "instrument.loaded";
            /** @enum {string} */
            kind: "registered" | "person" | "assessment" | "measurement";
            /**
             * Format: uuid
             * @description The record the event is about.
             */
            id: string;
            /**
             * Format: date
             * @description The day it happened (YYYY-MM-DD).
             */
            date: string;
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            at: string;
            /** @description Who recorded it. */
            by: string | null;
            /** @description Ids and what changed (field names), never personal values. */
            detail: {
                [key: string]: string | number | string[];
            };
        };
        TimelineInput: {
            items: components["schemas"]["TimelineEventInput"][];
        };
        UpdateAssessmentRequest: {
            /**
             * Format: date
             * @description The day of the assessment (YYYY-MM-DD), not in the future.
             */
            assessedOn?: string;
            /** @description One entry per life domain looked at; domains not looked at are left out. */
            domains?: components["schemas"]["DomainFinding"][];
            aspirations?: string;
            aptitudes?: string;
            qualifications?: string;
            needs?: string;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateAssessmentRequestInput: {
            /**
             * Format: date
             * @description The day of the assessment (YYYY-MM-DD), not in the future.
             */
            assessedOn?: string;
            /** @description One entry per life domain looked at; domains not looked at are left out. */
            domains?: components["schemas"]["DomainFindingInput"][];
            aspirations?: string;
            aptitudes?: string;
            qualifications?: string;
            needs?: string;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateMeRequest: {
            /**
             * @description Language of the interface and of error messages.
             * @enum {string}
             */
            locale: "fr" | "nl" | "de" | "en";
        };
        UpdateMeRequestInput: {
            /**
             * @description Language of the interface and of error messages.
             * @enum {string}
             */
            locale: "fr" | "nl" | "de" | "en";
        };
        UpdatePersonRequest: {
            firstName?: string;
            lastName?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             * @example 1985-07-30
             */
            birthDate?: string;
            /**
             * @description As recorded: F, M, or X for unknown or other.
             * @enum {string}
             */
            sex?: "F" | "M" | "X";
            /**
             * @description The person’s language: their documents are printed in it.
             * @enum {string}
             */
            language?: "fr" | "nl" | "de" | "en";
            nationalNumber?: string | null;
            email?: string | null;
            phone?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdatePersonRequestInput: {
            firstName?: string;
            lastName?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             * @example 1985-07-30
             */
            birthDate?: string;
            /**
             * @description As recorded: F, M, or X for unknown or other.
             * @enum {string}
             */
            sex?: "F" | "M" | "X";
            /**
             * @description The person’s language: their documents are printed in it.
             * @enum {string}
             */
            language?: "fr" | "nl" | "de" | "en";
            nationalNumber?: string | null;
            email?: string | null;
            phone?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        Worker: {
            /** Format: uuid */
            id: string;
            displayName: string;
            /** @enum {string} */
            role: "worker" | "lead";
            /** @description How many people this worker follows. */
            files: number;
        };
        WorkerInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            /** @enum {string} */
            role: "worker" | "lead";
            /** @description How many people this worker follows. */
            files: number;
        };
        WorkerList: {
            items: components["schemas"]["Worker"][];
        };
        WorkerListInput: {
            items: components["schemas"]["WorkerInput"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
