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
                    /** @description The beginning of words of the name (accent- and case-insensitive, in any order: "dup ma" finds Marie Dupont), the beginning of a national number (with or without separators), or a birth date (18/10/1974, 18.10.1974, 18-10-1974 or 1974-10-18: the people born that day). */
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
         * @description Two people of one centre cannot share a national number (409 `conflict` names the other person). A birth date that contradicts the national number, or a municipality the postcode does not serve, is a 400 field error. A recorded sex that is not the one the national number was given for (`sexParity`), or another person of the centre with the same name and birth date (`possibleDuplicate`, with or without a national number), answers 409 `confirm-warnings` with the `warnings` and saves nothing: resend with their codes in `confirmWarnings` to register anyway (the confirmation is audited).
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
                        "application/problem+json": components["schemas"]["ConfirmWarningsProblem"] | components["schemas"]["Problem"];
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
         * @description Send only the fields that change, with the `version` you read. A stale version answers 409 with `currentVersion`; nothing is overwritten. The record as it would be saved is checked where the change touches it: the birth date against the national number, the municipality against the postcode (400). A change of sex or national number that makes them disagree, or of name or birth date that makes the person look like another of the centre, answers 409 `confirm-warnings`, as registering does; resend with `confirmWarnings`.
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
                        "application/problem+json": components["schemas"]["ConfirmWarningsProblem"] | components["schemas"]["Problem"];
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
         * @description Who can follow a file (`responsibleUserId`), sorted by name, with how many people each follows. Administrators follow no files and are listed only with `include=staff` (e.g. to filter the audit trail by user).
         */
        get: {
            parameters: {
                query?: {
                    /** @description followers: who can follow a file (workers and leads); staff: also the administrators. */
                    include?: "followers" | "staff";
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
                    /** @description Only what this user did. */
                    userId?: string;
                    action?: "session.login" | "session.loginFailed" | "session.logout" | "access.denied" | "audit.read" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update" | "person.reassign" | "assessment.list" | "assessment.read" | "assessment.create" | "assessment.update" | "assessment.withdraw" | "instrument.create" | "measurement.list" | "measurement.read" | "measurement.create" | "measurement.correct" | "measurement.withdraw" | "progress.read" | "timeline.read" | "journal.list" | "journal.read" | "journal.create" | "journal.correct" | "trajectory.list" | "trajectory.read" | "trajectory.create" | "trajectory.update" | "trajectory.inform" | "trajectory.sign" | "trajectory.scan" | "trajectory.amend" | "trajectory.close" | "trajectory.print" | "interview.request" | "evaluation.list" | "evaluation.read" | "evaluation.create" | "evaluation.correct" | "centre.policyUpdate" | "centre.delegationCreate" | "centre.delegationUpdate" | "module.create" | "module.update" | "module.read" | "moduleSession.create" | "moduleSession.update" | "enrolment.list" | "enrolment.create" | "enrolment.leave" | "attendance.read" | "attendance.record" | "sanction.list" | "sanction.read" | "sanction.propose" | "sanction.correct" | "sanction.approve" | "sanction.refuse" | "sanction.decide" | "sanction.withdraw" | "today.read" | "today.team" | "dashboard.worker" | "dashboard.team" | "calendar.read" | "calendar.renew" | "calendar.revoke" | "service.create" | "service.update" | "service.members" | "referral.list" | "referral.read" | "referral.send" | "referral.accept" | "referral.decline" | "referral.withdraw" | "referral.end" | "feedback.linkCreate" | "study.list" | "study.read" | "study.create" | "study.update" | "study.publish" | "study.close" | "study.answer" | "study.results" | "report.read" | "report.members" | "report.settingsChanged" | "report.yearClosed" | "federal.read" | "trajectory.costRecorded" | "trajectory.costRemoved";
                    /** @description From this day (YYYY-MM-DD, Belgian time), included. */
                    from?: string;
                    /** @description Up to this day (YYYY-MM-DD, Belgian time), included. */
                    to?: string;
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
        /**
         * The social assessments of a person, latest first
         * @description Only the assessments in force: a withdrawn one is left out, unless a team lead or an administrator asks for it with `withdrawn=include` (a worker asking gets 403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description `include` lists withdrawn records too (each with its `withdrawal`): team leads and administrators only, a worker gets 403. Left out: only the records in force. */
                    withdrawn?: "exclude" | "include";
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
        /**
         * Read one social assessment
         * @description A withdrawn assessment is still readable here, with its `withdrawal`.
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
         * @description Send the fields that change and the `version` you read. Refused with 409 once a plan was signed on it (record a new assessment instead) or once it was withdrawn; refused with 400 when it would be left empty.
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
    "/api/v1/assessments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a social assessment recorded by mistake
         * @description With the `version` you read and a reason. The assessment leaves the lists; it stays readable by id, in the audit trail and on the timeline (`assessment.withdrawn`), and its earlier state is kept. Refused with 409 when a plan was signed on it, when it was already withdrawn, or when the version is stale.
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
                    "application/json": components["schemas"]["WithdrawalRequestInput"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /**
         * The progress measurements of a person, oldest first
         * @description Only the measurements in force: a withdrawn one is left out, unless a team lead or an administrator asks for it with `withdrawn=include` (a worker asking gets 403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the measurements with this instrument. */
                    instrument?: string;
                    /** @description `include` lists withdrawn records too (each with its `withdrawal`): team leads and administrators only, a worker gets 403. Left out: only the records in force. */
                    withdrawn?: "exclude" | "include";
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
         * @description Scores per domain on the instrument scale: the worker’s, the person’s own, or both (at least one of the two per domain). Unknown domains, scores off the scale and future dates are refused with the field named.
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
         * @description From the measurements in force (a withdrawn one counts for nothing). Per domain: the baseline (first measurement), the latest, each side’s first and last scores and its change (a side counts from the first measurement that gives it), and the series with the notes; the overall change; and the domains where worker and person are 2 levels or more apart on the latest measurement.
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
    "/api/v1/measurements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one measurement
         * @description A withdrawn measurement is still readable here, with its `withdrawal`.
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a measurement
         * @description Send what changes (date, moment, the whole list of scores) and the `version` you read: a new version, the earlier state kept, a `measurement.corrected` event naming the fields. The instrument and its version stay: a measurement taken with the wrong instrument is withdrawn and recorded again. Refused with 409 when the version is stale or the measurement was withdrawn.
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
                    "application/json": components["schemas"]["CorrectMeasurementRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
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
    "/api/v1/measurements/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a measurement recorded by mistake
         * @description With the `version` you read and a reason. The measurement leaves the lists and the progress; it stays readable by id, in the audit trail and on the timeline (`measurement.withdrawn`), and its earlier state is kept. Refused with 409 when it was already withdrawn or the version is stale.
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
                    "application/json": components["schemas"]["WithdrawalRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
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
    "/api/v1/persons/{id}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case journal of a person, newest first
         * @description Search within it with `q` (every word must appear; accents and case ignored) and `kind`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    /** @description Words that must all appear in the text (accents and case ignored). */
                    q?: string;
                    kind?: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
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
                        "application/json": components["schemas"]["JournalEntryPage"];
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
         * Write a journal entry
         * @description A dated note of a contact: kind, text, optional duration. The caller is its author.
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
                    "application/json": components["schemas"]["CreateJournalEntryRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JournalEntry"];
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
    "/api/v1/journal/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one journal entry
         * @description Team leads and administrators also get `earlierVersions`: what it said before each correction.
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
                        "application/json": components["schemas"]["JournalEntry"];
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
         * Correct a journal entry
         * @description Only its author may. Send the fields that change and the `version` you read (409 when stale). The earlier text is kept, never deleted.
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
                    "application/json": components["schemas"]["CorrectJournalEntryRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JournalEntry"];
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
    "/api/v1/trajectories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans of your centre, newest first
         * @description Filter by `personId`, `state`, `responsible` (me, a worker’s id, none) and `orientation`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    personId?: string;
                    state?: "draft" | "informed" | "active" | "closed";
                    /** @description me, a worker’s id, or none: the plans of the people that worker follows. */
                    responsible?: "me" | "none" | string;
                    orientation?: "employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService";
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
                        "application/json": components["schemas"]["TrajectoryPage"];
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
         * Draft a plan
         * @description A legal PIIS or a light growth plan for a person, resting on their latest social assessment unless another is named (or none, for a plan re-actualised after a job of under 3 months). The answer says whether the law requires a PIIS and why.
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
                    "application/json": components["schemas"]["CreateTrajectoryRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trajectory"];
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
    "/api/v1/trajectories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a plan with its current version */
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
                        "application/json": components["schemas"]["Trajectory"];
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
         * Change a plan
         * @description Send the fields that change and the `version` you read. A signed version is frozen (409): amend the plan first. Changing an informed version takes it back to draft: the person is informed again.
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
                    "application/json": components["schemas"]["UpdateTrajectoryRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trajectory"];
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
    "/api/v1/trajectories/{id}/inform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the information step
         * @description Content, scope and consequences explained, in which language; the person told they may be assisted by a person of their choice; whether they asked for the reflection period.
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
                    "application/json": components["schemas"]["InformRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trajectory"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/versions/{number}/paper-scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload the scan of a plan signed on paper
         * @description The bytes of a PDF, PNG or JPEG (10 MB at most) with their Content-Type; the type is checked from the content. Then sign with `{ "kind": "paper" }`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            mediaType: string;
                            sha256: string;
                            size: number;
                        };
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
                /** @description Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the current version
         * @description Both sides sign a PIIS (on screen: a PNG each, readable and at most 4,096 px a side; on paper: upload the scan first). Refused while a reflection period the person asked for runs, unless they waive it. Signing freezes the version and locks the social assessment.
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
                    "application/json": components["schemas"]["SignRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trajectory"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend an active plan
         * @description A new version, a copy of the signed one, to change, inform and sign again; the signed version stays in force until then.
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
                    "application/json": components["schemas"]["VersionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trajectory"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a plan with its outcome */
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
                    "application/json": components["schemas"]["CloseRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trajectory"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a plan, oldest first */
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
                        "application/json": components["schemas"]["PlanVersionList"];
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
    "/api/v1/trajectories/{id}/versions/{number}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a version changed from the one before it (or from `?from=`) */
        get: {
            parameters: {
                query?: {
                    from?: number;
                };
                header?: never;
                path: {
                    id: string;
                    number: number;
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
                        "application/json": {
                            from: number;
                            to: number;
                            changes: components["schemas"]["PlanChange"][];
                        };
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
    "/api/v1/trajectories/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dates the law and your centre’s policy set for this plan
         * @description Each item names its rule (e.g. `piis.conclusion`), its date, its state (done, due, overdue) and what closes it.
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
                        "application/json": components["schemas"]["DeadlineList"];
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
    "/api/v1/trajectories/{id}/interview-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the person asked for an interview
         * @description It must be held within 5 working days (weekends and Belgian public holidays skipped).
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
                    "application/json": components["schemas"]["NewInterviewRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewRequest"];
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
    "/api/v1/trajectories/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan printed as PDF, in the person’s language
         * @description One version (the current one by default, or `?version=`), printed in the language of the person (not yours): page 1 in plain words for the person (what they and the centre will do, the next meeting, whom to call, their rights), then the parties, objectives, actions, planned evaluations and signatures. The same version prints to the same bytes; the SHA-256 of the first print of a signed version is kept as `documentSha256`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A version number of this plan. */
                    version?: number;
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
                        "application/pdf": string;
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
    "/api/v1/trajectories/{id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cost lines of a plan, with their total
         * @description What the centre spent on the plan, by the day incurred then by when recorded, in euro cents. The yearly report sums the lines of each year (GET /reports/annual).
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
                        "application/json": components["schemas"]["PlanCosts"];
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
         * Record a cost on a plan
         * @description A dated amount in euro cents (1 to 100000000) and what it was for. The day may not be in the future nor before the plan was drafted; a closed plan still takes costs dated up to its closing day (409 after it). A day of a year whose report is closed is refused with 409.
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
                    "application/json": components["schemas"]["RecordCostRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CostLine"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/costs/{costId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a cost line recorded by mistake
         * @description Give the `version` you read (409 when stale). The line is deleted; the event log and the audit trail keep that it was recorded and removed. A line of a year whose report is closed cannot be removed (409).
         */
        delete: {
            parameters: {
                query: {
                    /** @description The version of the line you read: a stale version gets 409. */
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                    costId: string;
                };
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centre/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your centre’s policy for plans
         * @description The choices the law leaves to each centre (deadline anchor, reflection period, evaluations, growth-plan signature, subsidy warnings). `version` 0: the centre changed nothing and the law’s defaults apply.
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
                        "application/json": components["schemas"]["CentrePolicy"];
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
        /**
         * Change your centre’s policy
         * @description Send the fields that change and the `version` you read (0 the first time; 409 when stale). A centre may be stricter than the law, never laxer: each field keeps the law’s bounds, and the in-person evaluations cannot outnumber the evaluations a year.
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
                    "application/json": components["schemas"]["UpdateCentrePolicyRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CentrePolicy"];
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
        trace?: never;
    };
    "/api/v1/centre/signing-delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may sign plans on your centre’s behalf
         * @description Every delegation, ended ones included, by name then latest first; `activeToday` says which hold today.
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
                        "application/json": components["schemas"]["SigningDelegationList"];
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
         * Give a worker a signing delegation
         * @description A social worker or team lead of your centre may sign legal plans (PIIS) on its behalf from `since` (and until `until`, included). Their delegations may not overlap (409).
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
                    "application/json": components["schemas"]["CreateSigningDelegationRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SigningDelegation"];
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
    "/api/v1/centre/signing-delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * End a signing delegation, or change its end
         * @description Sets `until`, the last day it covers (not before `since`; null: no end). Delegations are never deleted: the plans signed under one stay explained.
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
                    "application/json": components["schemas"]["UpdateSigningDelegationRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SigningDelegation"];
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
    "/api/v1/trajectories/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evaluations of a plan, newest first, and the year’s minimum
         * @description Every evaluation recorded, missed appointments included (`missed`). `compliance` tells whether the plan year’s minimum (at least 3 per 12 months, 2 in personal contact, or the centre’s stricter policy) is met, on track, at risk or not met, with the counts; null before the plan is signed or without a start and a planned end. The dates suggested for the next evaluations are in GET /trajectories/{id}/deadlines: they move with each evaluation held.
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
                        "application/json": components["schemas"]["EvaluationList"];
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
         * Record an evaluation (or a missed appointment)
         * @description Only for a plan in force (signed, not closed): 409 otherwise. The caller held it. The day is not in the future nor before the plan’s start; the next date comes after it. Progress names objectives of the version in force (at least one when it was held and the plan has objectives); a missed appointment has no progress, no measurement, and the person did not come. With `measurement` (the body of POST /persons/{id}/measurements, its moment the evaluation, its day the evaluation’s unless given), the measurement is recorded with the evaluation in one transaction; its errors are named under `measurement.`.
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
                    "application/json": components["schemas"]["CreateEvaluationRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one evaluation
         * @description Team leads and administrators also get `earlierVersions`: what it said before each correction.
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
                        "application/json": components["schemas"]["Evaluation"];
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
         * Correct an evaluation
         * @description Only the worker who held it, while the plan is not closed. Send the fields that change and the `version` you read (409 when stale); the evaluation is checked again as it will read. The measurement taken at it is corrected with PATCH /measurements/{id}. The earlier state is kept, never deleted.
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
                    "application/json": components["schemas"]["CorrectEvaluationRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
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
    "/api/v1/trajectories/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sanctions of a plan, newest first
         * @description With `allowance`: the longest suspension the law allows a decision today (1 month, or 3 after a sanction decided in the 12 months before) and whether the plan can take a sanction at all.
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
                        "application/json": components["schemas"]["PlanSanctions"];
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
         * Propose a sanction
         * @description Only on an active PIIS (409 otherwise). The law is checked as if the decision were taken today. Refused (400, on the field) when the law does not allow it: a person without the integration income (`situation`), no formal notice (`noticeOn`) or no worker’s opinion (`workerOpinionOn`) before the decision, a hearing after it, or a suspension longer than 1 month — 3 when another sanction was decided in the 12 months before (`endOn`, with the last day allowed). The proposal then waits for its approval.
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
                    "application/json": components["schemas"]["ProposeSanctionRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centre’s sanctions, the one waiting longest first
         * @description For those who approve them: `state=proposed` lists the proposals waiting for an answer. Each says whether the caller may answer it (`mayApprove`): never their own, and only when the centre’s policy names their role.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    /** @description Only the sanctions in this state (e.g. proposed). */
                    state?: "proposed" | "approved" | "refused" | "decided" | "withdrawn";
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
                        "application/json": components["schemas"]["SanctionPage"];
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
    "/api/v1/sanctions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one sanction
         * @description Once decided and notified, with its appeal deadline (3 months after the notification).
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
                        "application/json": components["schemas"]["Sanction"];
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
         * Correct a proposal, or record when a decision was notified
         * @description A proposal is corrected by the worker who proposed it while it waits for approval (the law is checked again on the whole of it: Refused (400, on the field) when the law does not allow it: a person without the integration income (`situation`), no formal notice (`noticeOn`) or no worker’s opinion (`workerOpinionOn`) before the decision, a hearing after it, or a suspension longer than 1 month — 3 when another sanction was decided in the 12 months before (`endOn`, with the last day allowed).). A decided sanction takes only `notifiedOn`. Send the `version` you read (409 when stale).
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
                    "application/json": components["schemas"]["CorrectSanctionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
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
    "/api/v1/sanctions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a proposal
         * @description By whom the centre’s policy names (`sanctionApprovers`: team leads, or team leads and administrators), never the worker who proposed it (403). Only a proposal (409).
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
                    "application/json": components["schemas"]["ApproveSanctionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse a proposal, with a note
         * @description The same approvers as for approving; the note says why. A refused proposal is final.
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
                    "application/json": components["schemas"]["RefuseSanctionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decision of an approved sanction
         * @description Only once approved (409). The law is checked again with the real decision day. Refused (400, on the field) when the law does not allow it: a person without the integration income (`situation`), no formal notice (`noticeOn`) or no worker’s opinion (`workerOpinionOn`) before the decision, a hearing after it, or a suspension longer than 1 month — 3 when another sanction was decided in the 12 months before (`endOn`, with the last day allowed).
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
                    "application/json": components["schemas"]["DecideSanctionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a proposal or an approved sanction
         * @description By the worker who proposed it or by whom may approve it (403 otherwise); a decided sanction stands (409). It stays in the file, withdrawn.
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
                    "application/json": components["schemas"]["WithdrawSanctionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your centre’s second-line services and partner organisations
         * @description Whom a plan can refer a person to, by kind then name, each internal service with its members. Active ones only unless an administrator asks for `include=inactive`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the internal services, or only the partners. */
                    kind?: "internal" | "partner";
                    /** @description active: the services one may refer to; inactive: the deactivated ones too (administrators). */
                    include?: "active" | "inactive";
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
                        "application/json": components["schemas"]["ServiceList"];
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
         * Add a service or a partner organisation
         * @description An internal service of the centre (its members answer its referrals) or a partner outside it. Two services of a centre may not share a name.
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
                    "application/json": components["schemas"]["CreateServiceRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, deactivate or reactivate a service
         * @description Send the fields that change and the `version` you read (409 when stale). `active: false` deactivates it: it receives no new referral, and the referrals already made keep naming it. Services are never deleted; their kind never changes.
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
                    "application/json": components["schemas"]["UpdateServiceRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
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
    "/api/v1/services/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the members of an internal service
         * @description The whole list of social workers and team leads who answer its referrals, with the service `version` you read (409 when stale; the list makes a new version). A partner has no members (409).
         */
        put: {
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
                    "application/json": components["schemas"]["SetServiceMembersRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referrals of a plan, the latest sent first
         * @description Each with its state and, once accepted, the days its receiving worker followed the person (`answeredOn` to `endedOn`). The first-line worker stays responsible for the file throughout.
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
                        "application/json": components["schemas"]["ReferralList"];
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
         * Refer the person to a second-line service or a partner
         * @description From a plan that is not closed, to an active service of your centre (optionally to a named member of an internal service), with a handover note. One referral per plan and service waits or runs at a time (409). The caller is its sender; the file keeps its responsible worker.
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
                    "application/json": components["schemas"]["CreateReferralRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referrals waiting for your answer
         * @description Pending referrals addressed to you, or to an internal service you are a member of with no worker named, the oldest first, each with the person and the handover note.
         */
        get: {
            parameters: {
                query?: {
                    /** @description me: the pending referrals waiting for your answer (addressed to you, or to an internal service you belong to with no worker named), oldest first. */
                    awaiting?: "me";
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
                        "application/json": components["schemas"]["ReferralList"];
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
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one referral */
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
                        "application/json": components["schemas"]["Referral"];
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
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a referral
         * @description For an internal service, by one of its members (403 otherwise): you follow the person from `answeredOn`, or the member you name in `receivingUserId`. For a partner, whoever has the file records the partner’s yes; nobody here follows the person for it. Only a pending referral of a plan not closed (409).
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
                    "application/json": components["schemas"]["AcceptReferralRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a referral, saying why
         * @description Who may: as for accepting. The note is required: the sender reads it to find another way.
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
                    "application/json": components["schemas"]["DeclineReferralRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a referral still waiting for an answer
         * @description Only its sender (403), only while it is pending (409).
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
                    "application/json": components["schemas"]["WithdrawReferralRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the end of an accepted referral
         * @description `endedOn` is the last day the receiving side followed the person. For an internal service: its sender, the file’s responsible worker, the receiving worker or a member of the service (403 otherwise); for a partner, whoever has the file. Only an accepted referral (409).
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
                    "application/json": components["schemas"]["EndReferralRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The worker’s day: what is overdue and due within 14 days
         * @description Across the people the caller follows (and the plans referred to them while the referral runs): PIIS to conclude, reflection periods ending, evaluations due or needed to meet the year’s minimum, interviews asked for, plans and subsidies ending, actions due, referrals waiting for the caller’s answer and, for those who approve them, sanction proposals. Each item names its rule, its date, the person and the record to open. Team leads and administrators may ask for another worker’s day with `workerId`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Another worker of the centre, for a team lead or an administrator (team.read). */
                    workerId?: string;
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
                        "application/json": components["schemas"]["Today"];
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
    "/api/v1/today/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The team’s day: each worker’s files and due and overdue items
         * @description For team leads and administrators: per worker and lead of the centre, the files they are responsible for and their overdue, this week’s and later items (the same items as their own today list, without sanction approvals), the team’s overdue total, and the items of files nobody is responsible for.
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
                        "application/json": components["schemas"]["TeamDay"];
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
    "/api/v1/me/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the caller has a calendar feed
         * @description The address itself is shown only when the feed is created or renewed.
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
                        "application/json": components["schemas"]["CalendarFeed"];
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
         * Create or renew the caller’s calendar feed
         * @description A new secret address (`path`) for a calendar application to subscribe to: the caller’s evaluations, interviews and other dated work as all-day events. An earlier address stops working. Keep it secret: whoever has it reads the dates and first names.
         */
        post: {
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
                        "application/json": components["schemas"]["CalendarFeed"];
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
        /**
         * Revoke the caller’s calendar feed
         * @description Its address answers 404 from now on.
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarFeed"];
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A worker’s calendar feed (iCalendar)
         * @description For calendar applications, with no sign-in: the secret in the address is the key. `text/calendar` (RFC 5545), all-day events from 60 days back to a year ahead; 404 for an unknown or revoked address.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The secret of the feed, then `.ics`. */
                    file: string;
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
                        "text/calendar": string;
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
    "/api/v1/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centre’s module catalogue
         * @description Individual and collective modules, by name, each with its partner, capacity, how many people are enrolled and its next session. Active ones only unless `include=inactive`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description active: the modules one may enrol in; inactive: the deactivated ones too. */
                    include?: "active" | "inactive";
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
                        "application/json": components["schemas"]["ModuleList"];
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
         * Add a module to the catalogue
         * @description `partnerId` names a partner organisation of the centre (a service of kind partner).
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
                    "application/json": components["schemas"]["CreateModuleRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Module"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/modules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One module, its sessions and who is enrolled */
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
                        "application/json": components["schemas"]["ModuleDetail"];
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
         * Change or deactivate a module
         * @description Send the fields that change and the `version` you read (409 when stale). `active: false` deactivates it: it is never deleted. The capacity cannot go below the people enrolled (409).
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
                    "application/json": components["schemas"]["UpdateModuleRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Module"];
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
    "/api/v1/modules/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a session of a module
         * @description Not on a deactivated module (409).
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
                    "application/json": components["schemas"]["CreateModuleSessionRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModuleSession"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/module-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a session or change its place
         * @description Its times are fixed once attendance is recorded at it (409).
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
                    "application/json": components["schemas"]["UpdateModuleSessionRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModuleSession"];
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
    "/api/v1/module-sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is expected at a session, and their attendance */
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
                        "application/json": components["schemas"]["SessionAttendance"];
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
        /**
         * Record attendance at a session
         * @description A mark (present, excused, absent) for each enrolment listed; others stay as they are. Only people of that module enrolled on the session’s day (400). Present or absent only once the session has started (409); excused at any time.
         */
        put: {
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
                    "application/json": components["schemas"]["RecordAttendanceRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionAttendance"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The modules of a plan, with attendance
         * @description Each enrolment with its sessions and the count of present, excused and absent marks.
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
                        "application/json": components["schemas"]["ModuleEnrolmentList"];
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
         * Enrol the plan’s person in a module
         * @description 409 when the plan is closed, the module deactivated or full, or the person already enrolled (or enrolled before and left).
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
                    "application/json": components["schemas"]["EnrolInModuleRequestInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModuleEnrolment"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/module-enrolments/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person leaves a module
         * @description `leftOn` is their last day (not in the future); their place is free again. Not before a session where their attendance was recorded (409).
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
                    "application/json": components["schemas"]["LeaveModuleRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModuleEnrolment"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a one-time link for a person’s anonymous feedback
         * @description A worker hands the address to a person (printed, sent, or opened on a tablet). It holds no person and no worker: the answer cannot be traced back. Valid 30 days, for one answer.
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
                    "application/json": components["schemas"]["FeedbackLinkCreateInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackLink"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feedback questionnaire of a one-time link
         * @description With no sign-in: the secret in the address is the key. The questions in the link’s language, or in `language` when the person chooses another. 404 when the link is unknown, already used or expired.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Another language than the link’s, chosen by the person. */
                    language?: "fr" | "nl" | "de" | "en";
                };
                header?: never;
                path: {
                    /** @description The secret of the one-time link. */
                    secret: string;
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
                        "application/json": components["schemas"]["FeedbackForm"];
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
         * Answer the feedback questionnaire (once)
         * @description Each score 1–4 or skipped, and an optional free text (at most 2,000 characters); at least one of them. The link is used up by the answer: a second answer gets 404. Nothing stored names the person, the worker or the time (only the year).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The secret of the one-time link. */
                    secret: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedbackAnswerInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackReceived"];
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
    "/api/v1/studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Studies: the ones you manage, or the ones waiting for your answer
         * @description Managers (studies.manage: the federal analyst, a centre administrator) get their studies in every state. Workers and leads (studies.answer) get the published studies addressed to their centre that take answers today and that they have not answered yet.
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
                        "application/json": components["schemas"]["StudyList"];
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
         * Write a study questionnaire (a draft)
         * @description The federal analyst addresses all centres (`targetAll`) or a list; a centre administrator’s study is for their own centre’s staff only (the target given is ignored). Questions are `scale1to5`, `choice` (with options) or `text`, with their text in one or more languages.
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
                    "application/json": components["schemas"]["StudyCreateInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Study"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studies/centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centres a study can address
         * @description Every centre for the federal analyst; their own for a centre administrator.
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
                        "application/json": components["schemas"]["StudyCentres"];
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
    "/api/v1/studies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One study: its questionnaire
         * @description For its manager, or for the staff of a centre it is addressed to once published; 404 otherwise.
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
                        "application/json": components["schemas"]["Study"];
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
         * Change a draft study
         * @description Only while it is a draft (409 after publication). Takes the version read.
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
                    "application/json": components["schemas"]["StudyPatchInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Study"];
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
    "/api/v1/studies/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft study to the staff it addresses
         * @description From then on its questionnaire is frozen; it takes answers from `opensOn` to `closesOn`.
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
                    "application/json": components["schemas"]["StudyStepInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Study"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a published study: it takes no more answers */
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
                    "application/json": components["schemas"]["StudyStepInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Study"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studies/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a study, once and anonymously
         * @description Any question may be skipped, not all. The answer is stored without your name, the time or anything shared with the record that you answered; a second answer gets 409, as does a study not open today.
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
                    "application/json": components["schemas"]["StudyAnswerInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyAnswerReceived"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studies/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A study’s results: aggregates, or XLSX with the anonymous rows
         * @description 409 until 5 have answered. Counts of 1 to 4 are shown as "<5" (and a count that would let one be worked out as "hidden"). `format=xlsx`: a workbook with a sheet "aggregates" and a sheet "answers", one anonymous row per answer in random order.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
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
                        "application/json": components["schemas"]["StudyResults"] | string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["StudyResults"] | string;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/worker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The worker’s dashboard: caseload, due and overdue items, plans ending soon
         * @description The people the caller is responsible for and those of them with a plan not closed, their plans by state, the counts of the caller’s today list (the same as GET /today), and the signed plans in force of their people whose planned end falls within the next 60 days. Team leads and administrators may ask for another worker’s dashboard with `workerId`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Another worker of the centre, for a team lead or an administrator (team.read). */
                    workerId?: string;
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
                        "application/json": components["schemas"]["WorkerDashboard"];
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
    "/api/v1/dashboards/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The team’s dashboard: caseload per worker and the centre’s deadline figures
         * @description For team leads and administrators: per worker and lead (and a row for files nobody is responsible for), the files, the files with a plan not closed, the plans not closed, the evaluations due in the next 30 days and the overdue items (as GET /today/team counts them); and over the period (by default the 12 months ending today, at most 3 years) the median days from the decision to the first signature of PIIS plans first signed in it, the evaluation slots met on time, and the no-show rate at evaluations, each with what it is computed on.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day of the period (YYYY-MM-DD); by default 12 months before `to`, plus a day. */
                    from?: string;
                    /** @description Last day of the period (YYYY-MM-DD); by default today. */
                    to?: string;
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
                        "application/json": components["schemas"]["TeamDashboard"];
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
    "/api/v1/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly figures of your centre (single report)
         * @description Social activation (started, running on 31 December, closed, by outcome with the four result indicators first), PIIS (in force on 31 December and concluded in the year by orientation, on time, evaluation minimum met, people under 25 on the integration income without one and why, sanctions by kind and duration), participants by sex, age band and language, modules, progress from each person’s starting point, costs beside the subsidies, achieved against the convention’s objectives, and the people’s anonymous feedback. An open year is computed from the files’ dated records as they stood on 31 December; a closed year reads back the figures frozen when it was closed. `format=xlsx|csv|pdf` downloads it (csv: a zip of one file per section). Each figure with a `cell` can be listed with GET /reports/annual/members.
         */
        get: {
            parameters: {
                query: {
                    /** @description The calendar year, e.g. 2025. */
                    year: number;
                    /** @description json (default), xlsx (a sheet per section), csv (a zip of one file per section) or pdf. */
                    format?: "json" | "xlsx" | "csv" | "pdf";
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
                        "application/json": components["schemas"]["AnnualReport"] | string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["AnnualReport"] | string;
                        "application/zip": components["schemas"]["AnnualReport"] | string;
                        "application/pdf": components["schemas"]["AnnualReport"] | string;
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
    "/api/v1/reports/annual/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is behind one figure of the yearly report
         * @description The plans, people or sanctions a figure counts (its `cell`), each with the person’s name, for the centre’s own staff. A closed year lists the members frozen with it.
         */
        get: {
            parameters: {
                query: {
                    /** @description The calendar year, e.g. 2025. */
                    year: number;
                    /** @description A cell named by a figure of the report. */
                    cell: string;
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
                        "application/json": components["schemas"]["ReportMembers"];
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
    "/api/v1/reports/annual/{year}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the year’s convention objectives and subsidy amounts
         * @description Target counts per indicator (e.g. 40 social-activation trajectories started, 10 leading to volunteering) and the subsidy amounts in euro cents, from the `version` you read (0 for a year never set; 409 when stale). A closed year cannot change (409).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The calendar year, e.g. 2025. */
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportYearSettingsInputInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnualReport"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/annual/{year}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a year: freeze its figures
         * @description Once the year has ended, and typically when the single report is sent: its figures and who is behind each are stored as they are now and never change again, whatever is edited in the files later; the federal view counts closed years only. 409 before 1 January of the next year or when already closed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The calendar year, e.g. 2025. */
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnualReport"];
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
    "/api/v1/federal/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly figures across centres (federal analysts only)
         * @description The figures of the single report added up over every centre that closed the year: for the country, and with `by=region` or `by=sizeBand` per group too. Any count of 1 to 4 is shown as "<5" (`mark: lessThan5`, no value), and as many other cells are withheld (`mark: hidden`) as it takes so that none can be worked out from the totals or from the other groups; figures computed from a withheld count (a share, a mean, an amount) are withheld with it. Read through a database role that sees only the centres’ aggregate counts: no person, name or file is reachable. Centres’ own instruments and objectives are left out.
         */
        get: {
            parameters: {
                query: {
                    /** @description The calendar year, e.g. 2025. */
                    year: number;
                    /** @description none (the country only, default), region, or sizeBand (centres by the people they followed that year). */
                    by?: "none" | "region" | "sizeBand";
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
                        "application/json": components["schemas"]["FederalIndicators"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptReferralRequest: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day it was accepted (not before it was sent, not in the future); today if omitted.
             */
            answeredOn?: string;
            /** @description Another member of the internal service who will follow the person; you by default. Not for a partner. */
            receivingUserId?: string | null;
            note?: string | null;
        };
        AcceptReferralRequestInput: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day it was accepted (not before it was sent, not in the future); today if omitted.
             */
            answeredOn?: string;
            /** @description Another member of the internal service who will follow the person; you by default. Not for a partner. */
            receivingUserId?: string | null;
            note?: string | null;
        };
        AnnualReport: {
            year: number;
            centre: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description When the year was closed; null: figures still live. */
            closedAt: string | null;
            /** @description Whether the caller may close the year now. */
            canClose: boolean;
            objectives: {
                [key: string]: number;
            };
            subsidies: {
                [key: string]: number;
            };
            /** @description Of the reporting year’s settings (objectives, subsidies): give it back to change them. */
            version: number;
            sections: components["schemas"]["ReportSection"][];
        };
        AnnualReportInput: {
            year: number;
            centre: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description When the year was closed; null: figures still live. */
            closedAt: string | null;
            /** @description Whether the caller may close the year now. */
            canClose: boolean;
            objectives: {
                [key: string]: number;
            };
            subsidies: {
                [key: string]: number;
            };
            /** @description Of the reporting year’s settings (objectives, subsidies): give it back to change them. */
            version: number;
            sections: components["schemas"]["ReportSectionInput"][];
        };
        ApproveSanctionRequest: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /**
             * @description Optional: what the approver adds.
             * @default
             */
            note: string;
        };
        ApproveSanctionRequestInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /**
             * @description Optional: what the approver adds.
             * @default
             */
            note: string;
        };
        Assessment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            assessedOn: string;
            domains: {
                /** @enum {string} */
                domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "addiction" | "family" | "childcare" | "socialNetwork" | "education" | "workExperience" | "language" | "digital" | "mobility" | "administration" | "justice";
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
            withdrawal: components["schemas"]["Withdrawal"];
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
                domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "addiction" | "family" | "childcare" | "socialNetwork" | "education" | "workExperience" | "language" | "digital" | "mobility" | "administration" | "justice";
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
            withdrawal: components["schemas"]["WithdrawalInput"];
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
        AttendanceCounts: {
            present: number;
            excused: number;
            absent: number;
        };
        AttendanceCountsInput: {
            present: number;
            excused: number;
            absent: number;
        };
        AuditEvent: {
            /** @description Increasing identifier (a 64-bit integer as a string). */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "session.login" | "session.loginFailed" | "session.logout" | "access.denied" | "audit.read" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update" | "person.reassign" | "assessment.list" | "assessment.read" | "assessment.create" | "assessment.update" | "assessment.withdraw" | "instrument.create" | "measurement.list" | "measurement.read" | "measurement.create" | "measurement.correct" | "measurement.withdraw" | "progress.read" | "timeline.read" | "journal.list" | "journal.read" | "journal.create" | "journal.correct" | "trajectory.list" | "trajectory.read" | "trajectory.create" | "trajectory.update" | "trajectory.inform" | "trajectory.sign" | "trajectory.scan" | "trajectory.amend" | "trajectory.close" | "trajectory.print" | "interview.request" | "evaluation.list" | "evaluation.read" | "evaluation.create" | "evaluation.correct" | "centre.policyUpdate" | "centre.delegationCreate" | "centre.delegationUpdate" | "module.create" | "module.update" | "module.read" | "moduleSession.create" | "moduleSession.update" | "enrolment.list" | "enrolment.create" | "enrolment.leave" | "attendance.read" | "attendance.record" | "sanction.list" | "sanction.read" | "sanction.propose" | "sanction.correct" | "sanction.approve" | "sanction.refuse" | "sanction.decide" | "sanction.withdraw" | "today.read" | "today.team" | "dashboard.worker" | "dashboard.team" | "calendar.read" | "calendar.renew" | "calendar.revoke" | "service.create" | "service.update" | "service.members" | "referral.list" | "referral.read" | "referral.send" | "referral.accept" | "referral.decline" | "referral.withdraw" | "referral.end" | "feedback.linkCreate" | "study.list" | "study.read" | "study.create" | "study.update" | "study.publish" | "study.close" | "study.answer" | "study.results" | "report.read" | "report.members" | "report.settingsChanged" | "report.yearClosed" | "federal.read" | "trajectory.costRecorded" | "trajectory.costRemoved";
            actorUserId: string | null;
            actorName: string | null;
            personId: string | null;
            /** @description First and last name of the person, when the event is about one. */
            personName: string | null;
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
            action: "session.login" | "session.loginFailed" | "session.logout" | "access.denied" | "audit.read" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update" | "person.reassign" | "assessment.list" | "assessment.read" | "assessment.create" | "assessment.update" | "assessment.withdraw" | "instrument.create" | "measurement.list" | "measurement.read" | "measurement.create" | "measurement.correct" | "measurement.withdraw" | "progress.read" | "timeline.read" | "journal.list" | "journal.read" | "journal.create" | "journal.correct" | "trajectory.list" | "trajectory.read" | "trajectory.create" | "trajectory.update" | "trajectory.inform" | "trajectory.sign" | "trajectory.scan" | "trajectory.amend" | "trajectory.close" | "trajectory.print" | "interview.request" | "evaluation.list" | "evaluation.read" | "evaluation.create" | "evaluation.correct" | "centre.policyUpdate" | "centre.delegationCreate" | "centre.delegationUpdate" | "module.create" | "module.update" | "module.read" | "moduleSession.create" | "moduleSession.update" | "enrolment.list" | "enrolment.create" | "enrolment.leave" | "attendance.read" | "attendance.record" | "sanction.list" | "sanction.read" | "sanction.propose" | "sanction.correct" | "sanction.approve" | "sanction.refuse" | "sanction.decide" | "sanction.withdraw" | "today.read" | "today.team" | "dashboard.worker" | "dashboard.team" | "calendar.read" | "calendar.renew" | "calendar.revoke" | "service.create" | "service.update" | "service.members" | "referral.list" | "referral.read" | "referral.send" | "referral.accept" | "referral.decline" | "referral.withdraw" | "referral.end" | "feedback.linkCreate" | "study.list" | "study.read" | "study.create" | "study.update" | "study.publish" | "study.close" | "study.answer" | "study.results" | "report.read" | "report.members" | "report.settingsChanged" | "report.yearClosed" | "federal.read" | "trajectory.costRecorded" | "trajectory.costRemoved";
            actorUserId: string | null;
            actorName: string | null;
            personId: string | null;
            /** @description First and last name of the person, when the event is about one. */
            personName: string | null;
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
        CalendarFeed: {
            /** @description Whether the worker has a feed URL that works. */
            active: boolean;
            createdAt: string | null;
            /** @description The feed’s address on this server, given once: when the feed is created or renewed (only its hash is kept). Null otherwise. */
            path: string | null;
        };
        CalendarFeedInput: {
            /** @description Whether the worker has a feed URL that works. */
            active: boolean;
            createdAt: string | null;
            /** @description The feed’s address on this server, given once: when the feed is created or renewed (only its hash is kept). Null otherwise. */
            path: string | null;
        };
        CentrePolicy: {
            /**
             * @description The 3 months to conclude a PIIS count from the decision date (default) or its notification.
             * @enum {string}
             */
            deadlineAnchor: "decision" | "notification";
            /** @description The reflection period the person may ask for (5 at least). */
            reflectionDays: number;
            /**
             * @description Calendar days (default) or working days (no weekends, no Belgian public holidays).
             * @enum {string}
             */
            reflectionDayKind: "calendar" | "working";
            /** @description At least 3 evaluations per 12 months by law; a centre may ask more. */
            evaluation: {
                /** @constant */
                kind: "perYear";
                /** @description Evaluations per 12 months (3 at least). */
                minimum: number;
            } | {
                /** @constant */
                kind: "everyMonths";
                /** @description One evaluation every N months (at most 4: 3 a year). */
                months: number;
            };
            /** @description Of the evaluations per 12 months, how many in personal contact (2 at least). */
            inPersonMinimum: number;
            /** @description Whether a light growth plan must be signed (some centres find signatures push people away). */
            growthPlanSignatureRequired: boolean;
            /** @description Warn before the 10 % PIIS subsidy period lapses. */
            subsidyWarnings: boolean;
            /**
             * @description Who approves a sanction proposal before it is decided: team leads (default), or team leads and administrators. Never the worker who proposed it.
             * @enum {string}
             */
            sanctionApprovers: "lead" | "leadOrAdmin";
            /** @description 0 while the centre has changed nothing (the law’s defaults apply); send it back to change. */
            version: number;
            /** @description When it was last changed; null at 0. */
            updatedAt: string | null;
            updatedById: string | null;
            /** @description Who last changed it. */
            updatedByName: string | null;
        };
        CentrePolicyInput: {
            /**
             * @description The 3 months to conclude a PIIS count from the decision date (default) or its notification.
             * @enum {string}
             */
            deadlineAnchor: "decision" | "notification";
            /** @description The reflection period the person may ask for (5 at least). */
            reflectionDays: number;
            /**
             * @description Calendar days (default) or working days (no weekends, no Belgian public holidays).
             * @enum {string}
             */
            reflectionDayKind: "calendar" | "working";
            /** @description At least 3 evaluations per 12 months by law; a centre may ask more. */
            evaluation: {
                /** @constant */
                kind: "perYear";
                /** @description Evaluations per 12 months (3 at least). */
                minimum: number;
            } | {
                /** @constant */
                kind: "everyMonths";
                /** @description One evaluation every N months (at most 4: 3 a year). */
                months: number;
            };
            /** @description Of the evaluations per 12 months, how many in personal contact (2 at least). */
            inPersonMinimum: number;
            /** @description Whether a light growth plan must be signed (some centres find signatures push people away). */
            growthPlanSignatureRequired: boolean;
            /** @description Warn before the 10 % PIIS subsidy period lapses. */
            subsidyWarnings: boolean;
            /**
             * @description Who approves a sanction proposal before it is decided: team leads (default), or team leads and administrators. Never the worker who proposed it.
             * @enum {string}
             */
            sanctionApprovers: "lead" | "leadOrAdmin";
            /** @description 0 while the centre has changed nothing (the law’s defaults apply); send it back to change. */
            version: number;
            /** @description When it was last changed; null at 0. */
            updatedAt: string | null;
            updatedById: string | null;
            /** @description Who last changed it. */
            updatedByName: string | null;
        };
        CloseRequest: {
            version: number;
            /** Format: date */
            closedOn: string;
            /** @enum {string} */
            outcome: "socioProfessional" | "reinforcedAutonomy" | "volunteering" | "employment" | "studiesCompleted" | "stoppedByPerson" | "movedToAnotherCentre" | "endOfRight" | "other";
            /** @default  */
            note: string;
        };
        CloseRequestInput: {
            version: number;
            /** Format: date */
            closedOn: string;
            /** @enum {string} */
            outcome: "socioProfessional" | "reinforcedAutonomy" | "volunteering" | "employment" | "studiesCompleted" | "stoppedByPerson" | "movedToAnotherCentre" | "endOfRight" | "other";
            /** @default  */
            note: string;
        };
        /** @description Nothing was saved: the worker must see these warnings and confirm them (send their codes in `confirmWarnings`). Other 409s (a stale version, a national number already used) are plain problems. */
        ConfirmWarningsProblem: {
            /** @constant */
            type: "/api/v1/problems/confirm-warnings";
            title: string;
            /** @constant */
            status: 409;
            detail: string;
            instance?: string;
            warnings: components["schemas"]["PersonWarning"][];
        };
        /** @description Nothing was saved: the worker must see these warnings and confirm them (send their codes in `confirmWarnings`). Other 409s (a stale version, a national number already used) are plain problems. */
        ConfirmWarningsProblemInput: {
            /** @constant */
            type: "/api/v1/problems/confirm-warnings";
            title: string;
            /** @constant */
            status: 409;
            detail: string;
            instance?: string;
            warnings: components["schemas"]["PersonWarningInput"][];
        };
        CorrectEvaluationRequest: {
            /**
             * Format: date
             * @description The day it was held (or the person was expected): not in the future, not before the plan’s start.
             */
            heldOn?: string;
            /**
             * @description inPerson, remote (phone or video) or written.
             * @enum {string}
             */
            mode?: "inPerson" | "remote" | "written";
            missed?: boolean;
            attendance?: components["schemas"]["EvaluationAttendance"];
            /** @description The whole list as it should read. */
            objectiveProgress?: components["schemas"]["ObjectiveProgress"][];
            personDid?: string;
            centreDid?: string;
            nextSteps?: string;
            /** @description The next date agreed: after the day held. It moves the schedule. */
            nextOn?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectEvaluationRequestInput: {
            /**
             * Format: date
             * @description The day it was held (or the person was expected): not in the future, not before the plan’s start.
             */
            heldOn?: string;
            /**
             * @description inPerson, remote (phone or video) or written.
             * @enum {string}
             */
            mode?: "inPerson" | "remote" | "written";
            missed?: boolean;
            attendance?: components["schemas"]["EvaluationAttendanceInput"];
            /** @description The whole list as it should read. */
            objectiveProgress?: components["schemas"]["ObjectiveProgressInput"][];
            personDid?: string;
            centreDid?: string;
            nextSteps?: string;
            /** @description The next date agreed: after the day held. It moves the schedule. */
            nextOn?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectJournalEntryRequest: {
            /**
             * @description interview (at the centre), home_visit, phone, written (e-mail or letter), partner_meeting (with a partner about the person), other.
             * @enum {string}
             */
            kind?: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
            /** Format: date */
            occurredOn?: string;
            text?: string;
            durationMinutes?: number | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectJournalEntryRequestInput: {
            /**
             * @description interview (at the centre), home_visit, phone, written (e-mail or letter), partner_meeting (with a partner about the person), other.
             * @enum {string}
             */
            kind?: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
            /** Format: date */
            occurredOn?: string;
            text?: string;
            durationMinutes?: number | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectMeasurementRequest: {
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             */
            measuredOn?: string;
            /** @enum {string} */
            context?: "intake" | "evaluation" | "closure" | "other";
            /** @description The whole list of scores as it should read, checked against the instrument version the measurement was taken with. */
            scores?: components["schemas"]["Score"][];
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectMeasurementRequestInput: {
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             */
            measuredOn?: string;
            /** @enum {string} */
            context?: "intake" | "evaluation" | "closure" | "other";
            /** @description The whole list of scores as it should read, checked against the instrument version the measurement was taken with. */
            scores?: components["schemas"]["ScoreInput"][];
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectSanctionRequest: {
            /** @description The formal notice (mise en demeure) sent to the person; required by law before any sanction. */
            noticeOn?: string | null;
            /** @description The social worker’s opinion, as written. Personal: never in events or logs. */
            workerOpinion?: string | null;
            /** @description When the social worker gave their opinion; required by law. */
            workerOpinionOn?: string | null;
            /** @description When the person was heard, when they were. */
            hearingOn?: string | null;
            /** @description Whether the person was assisted at the hearing by a person of their choice. */
            hearingAssisted?: boolean | null;
            /**
             * @description Suspension of the whole integration income, or of a part of it.
             * @enum {string}
             */
            extent?: "total" | "partial";
            /** @description The suspended share, in percent: only for a partial suspension. */
            partialPercent?: number | null;
            /**
             * Format: date
             * @description First day of the suspension, as decided (never computed).
             */
            startOn?: string;
            /**
             * Format: date
             * @description Last day of the suspension, included: 1 month at most, 3 when another sanction was decided in the 12 months before.
             */
            endOn?: string;
            /** @description Sursis: decided but not carried out unless the person fails again. */
            suspended?: boolean;
            /** @description When the decision was notified to the person (decided sanctions only). */
            notifiedOn?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CorrectSanctionRequestInput: {
            /** @description The formal notice (mise en demeure) sent to the person; required by law before any sanction. */
            noticeOn?: string | null;
            /** @description The social worker’s opinion, as written. Personal: never in events or logs. */
            workerOpinion?: string | null;
            /** @description When the social worker gave their opinion; required by law. */
            workerOpinionOn?: string | null;
            /** @description When the person was heard, when they were. */
            hearingOn?: string | null;
            /** @description Whether the person was assisted at the hearing by a person of their choice. */
            hearingAssisted?: boolean | null;
            /**
             * @description Suspension of the whole integration income, or of a part of it.
             * @enum {string}
             */
            extent?: "total" | "partial";
            /** @description The suspended share, in percent: only for a partial suspension. */
            partialPercent?: number | null;
            /**
             * Format: date
             * @description First day of the suspension, as decided (never computed).
             */
            startOn?: string;
            /**
             * Format: date
             * @description Last day of the suspension, included: 1 month at most, 3 when another sanction was decided in the 12 months before.
             */
            endOn?: string;
            /** @description Sursis: decided but not carried out unless the person fails again. */
            suspended?: boolean;
            /** @description When the decision was notified to the person (decided sanctions only). */
            notifiedOn?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        CostLine: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: date */
            incurredOn: string;
            amountCents: number;
            description: string;
            version: number;
            /** @description The name of who recorded it. */
            recordedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CostLineInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: date */
            incurredOn: string;
            amountCents: number;
            description: string;
            version: number;
            /** @description The name of who recorded it. */
            recordedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description At least one life domain, or some text in aspirations, aptitudes, qualifications or needs. */
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
        /** @description At least one life domain, or some text in aspirations, aptitudes, qualifications or needs. */
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
        CreateEvaluationRequest: {
            /**
             * Format: date
             * @description The day it was held (or the person was expected): not in the future, not before the plan’s start.
             */
            heldOn: string;
            /**
             * @description inPerson, remote (phone or video) or written.
             * @enum {string}
             */
            mode: "inPerson" | "remote" | "written";
            /**
             * @description The person did not come: counted as a missed appointment, never as an evaluation held. No progress and no measurement then.
             * @default false
             */
            missed: boolean;
            attendance: components["schemas"]["EvaluationAttendance"];
            /**
             * @description A level per objective reviewed: at least one when the plan has objectives and it was held.
             * @default []
             */
            objectiveProgress: components["schemas"]["ObjectiveProgress"][];
            /**
             * @description What the person did since the last evaluation.
             * @default
             */
            personDid: string;
            /**
             * @description What the centre did.
             * @default
             */
            centreDid: string;
            /** @default  */
            nextSteps: string;
            /**
             * @description The next date agreed: after the day held. It moves the schedule.
             * @default null
             */
            nextOn: string | null;
            /** @description A progress measurement taken at the evaluation, recorded with it in the same transaction (context evaluation). */
            measurement?: components["schemas"]["MeasurementAtEvaluation"];
        };
        CreateEvaluationRequestInput: {
            /**
             * Format: date
             * @description The day it was held (or the person was expected): not in the future, not before the plan’s start.
             */
            heldOn: string;
            /**
             * @description inPerson, remote (phone or video) or written.
             * @enum {string}
             */
            mode: "inPerson" | "remote" | "written";
            /**
             * @description The person did not come: counted as a missed appointment, never as an evaluation held. No progress and no measurement then.
             * @default false
             */
            missed: boolean;
            attendance: components["schemas"]["EvaluationAttendanceInput"];
            /**
             * @description A level per objective reviewed: at least one when the plan has objectives and it was held.
             * @default []
             */
            objectiveProgress: components["schemas"]["ObjectiveProgressInput"][];
            /**
             * @description What the person did since the last evaluation.
             * @default
             */
            personDid: string;
            /**
             * @description What the centre did.
             * @default
             */
            centreDid: string;
            /** @default  */
            nextSteps: string;
            /**
             * @description The next date agreed: after the day held. It moves the schedule.
             * @default null
             */
            nextOn: string | null;
            /** @description A progress measurement taken at the evaluation, recorded with it in the same transaction (context evaluation). */
            measurement?: components["schemas"]["MeasurementAtEvaluationInput"];
        };
        CreateJournalEntryRequest: {
            /**
             * @description interview (at the centre), home_visit, phone, written (e-mail or letter), partner_meeting (with a partner about the person), other.
             * @enum {string}
             */
            kind: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
            /**
             * Format: date
             * @description The day of the contact (YYYY-MM-DD), not in the future.
             */
            occurredOn: string;
            text: string;
            durationMinutes?: number | null;
        };
        CreateJournalEntryRequestInput: {
            /**
             * @description interview (at the centre), home_visit, phone, written (e-mail or letter), partner_meeting (with a partner about the person), other.
             * @enum {string}
             */
            kind: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
            /**
             * Format: date
             * @description The day of the contact (YYYY-MM-DD), not in the future.
             */
            occurredOn: string;
            text: string;
            durationMinutes?: number | null;
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
        CreateModuleRequest: {
            name: string;
            /**
             * @description individual: followed by each person on their own; collective: a group meets at each session.
             * @enum {string}
             */
            kind: "individual" | "collective";
            description?: string | null;
            /** @description A partner organisation of the centre (services). */
            partnerId?: string | null;
            capacity?: number | null;
        };
        CreateModuleRequestInput: {
            name: string;
            /**
             * @description individual: followed by each person on their own; collective: a group meets at each session.
             * @enum {string}
             */
            kind: "individual" | "collective";
            description?: string | null;
            /** @description A partner organisation of the centre (services). */
            partnerId?: string | null;
            capacity?: number | null;
        };
        CreateModuleSessionRequest: {
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            endsAt: string;
            place?: string | null;
        };
        CreateModuleSessionRequestInput: {
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            endsAt: string;
            place?: string | null;
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
            /** @description Street of the address in Belgium. */
            street?: string | null;
            /** @description House number, with its letter if any (12A). */
            houseNumber?: string | null;
            /** @description Box (bus, boîte). */
            box?: string | null;
            /** @description Belgian postcode, 4 digits; it must exist. Sent without `municipality`, the municipality is filled in when the postcode serves only one (in the person’s language). */
            postcode?: string | null;
            /** @description Municipality, or the locality of the postcode (5100 Jambes), in French, Dutch or German: checked against the postcode, accents and case aside. */
            municipality?: string | null;
            /** @description Who follows the person: by default whoever registers them, when a worker or a lead. */
            responsibleUserId?: string | null;
            /** @description The warnings you have shown and the worker has confirmed: the change is saved despite them, and the confirmation is audited. Without it a warning answers 409 `confirm-warnings` and nothing is saved. */
            confirmWarnings?: ("sexParity" | "possibleDuplicate")[];
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
            /** @description Street of the address in Belgium. */
            street?: string | null;
            /** @description House number, with its letter if any (12A). */
            houseNumber?: string | null;
            /** @description Box (bus, boîte). */
            box?: string | null;
            /** @description Belgian postcode, 4 digits; it must exist. Sent without `municipality`, the municipality is filled in when the postcode serves only one (in the person’s language). */
            postcode?: string | null;
            /** @description Municipality, or the locality of the postcode (5100 Jambes), in French, Dutch or German: checked against the postcode, accents and case aside. */
            municipality?: string | null;
            /** @description Who follows the person: by default whoever registers them, when a worker or a lead. */
            responsibleUserId?: string | null;
            /** @description The warnings you have shown and the worker has confirmed: the change is saved despite them, and the confirmation is audited. Without it a warning answers 409 `confirm-warnings` and nothing is saved. */
            confirmWarnings?: ("sexParity" | "possibleDuplicate")[];
        };
        CreateReferralRequest: {
            /**
             * Format: uuid
             * @description An active internal service or partner of your centre (GET /services).
             */
            serviceId: string;
            /** @description A member of that internal service, to address it to them; omit to let the service answer. */
            toUserId?: string | null;
            /** @description What the receiving side needs to know: the situation, what was tried, what is asked of them. */
            handoverNote: string;
            /**
             * Format: date
             * @description The day it was sent (YYYY-MM-DD), not in the future; today if omitted.
             */
            sentOn?: string;
        };
        CreateReferralRequestInput: {
            /**
             * Format: uuid
             * @description An active internal service or partner of your centre (GET /services).
             */
            serviceId: string;
            /** @description A member of that internal service, to address it to them; omit to let the service answer. */
            toUserId?: string | null;
            /** @description What the receiving side needs to know: the situation, what was tried, what is asked of them. */
            handoverNote: string;
            /**
             * Format: date
             * @description The day it was sent (YYYY-MM-DD), not in the future; today if omitted.
             */
            sentOn?: string;
        };
        CreateServiceRequest: {
            /**
             * @description internal: a service of the centre (such as the socio-professional integration service), whose members answer the referrals it receives; partner: an organisation outside the centre, which has no account here.
             * @enum {string}
             */
            kind: "internal" | "partner";
            name: string;
            description?: string | null;
            contact?: string | null;
        };
        CreateServiceRequestInput: {
            /**
             * @description internal: a service of the centre (such as the socio-professional integration service), whose members answer the referrals it receives; partner: an organisation outside the centre, which has no account here.
             * @enum {string}
             */
            kind: "internal" | "partner";
            name: string;
            description?: string | null;
            contact?: string | null;
        };
        CreateSigningDelegationRequest: {
            /**
             * Format: uuid
             * @description A worker or team lead of your centre (not an administrator).
             */
            userId: string;
            /**
             * Format: date
             * @description First day (YYYY-MM-DD).
             */
            since: string;
            /** @description Last day, included (YYYY-MM-DD); omit for no end yet. */
            until?: string | null;
        };
        CreateSigningDelegationRequestInput: {
            /**
             * Format: uuid
             * @description A worker or team lead of your centre (not an administrator).
             */
            userId: string;
            /**
             * Format: date
             * @description First day (YYYY-MM-DD).
             */
            since: string;
            /** @description Last day, included (YYYY-MM-DD); omit for no end yet. */
            until?: string | null;
        };
        CreateTrajectoryRequest: {
            /** Format: uuid */
            personId: string;
            /**
             * @description piis: the legal contract; growthPlan: a light plan (groeiplan).
             * @enum {string}
             */
            form: "piis" | "growthPlan";
            /**
             * @description integrationIncome, equivalentAid, or noFinancialAid (a user in the broad sense: a plan is possible, sanctions never apply).
             * @enum {string}
             */
            situation: "integrationIncome" | "equivalentAid" | "noFinancialAid";
            /** @default null */
            incomeCategory: ("cohabiting" | "single" | "family") | null;
            /**
             * @description The date of the integration-income decision.
             * @default null
             */
            decisionDate: string | null;
            /**
             * @description When the decision was notified.
             * @default null
             */
            notificationDate: string | null;
            /**
             * @description Whether the person had the integration income in the 3 months before this grant.
             * @default null
             */
            incomeInPreviousThreeMonths: boolean | null;
            /**
             * @description A mandatory PIIS waived for health or equity reasons, with its written justification.
             * @default null
             */
            exemption: {
                /** @enum {string} */
                reason: "health" | "equity";
                justification: string;
            } | null;
            /** @description The social assessment it rests on: the latest by default. */
            assessmentId?: string | null;
            /**
             * @description A plan re-actualised after a job of under 3 months: no new assessment needed.
             * @default false
             */
            reactualisedAfterShortJob: boolean;
            /** @description One or more; a mixed plan is allowed. Community service only with the person’s recorded agreement. */
            orientations: ("employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService")[];
            /**
             * @description When the person agreed to community service.
             * @default null
             */
            communityServiceAgreedOn: string | null;
            /** @default [] */
            objectives: components["schemas"]["PlanObjective"][];
            /** @default [] */
            personCommitments: components["schemas"]["PlanCommitment"][];
            /** @default [] */
            centreCommitments: components["schemas"]["PlanCommitment"][];
            /** @default [] */
            actions: components["schemas"]["PlanAction"][];
            /**
             * @description Other parties to the contract (a training centre…).
             * @default []
             */
            parties: components["schemas"]["PlanParty"][];
            /** @default null */
            supportPerson: components["schemas"]["SupportPerson"] | null;
            /**
             * @description How evaluations happen, in plain words.
             * @default
             */
            evaluationArrangements: string;
            /** @default null */
            startOn: string | null;
            /** @default null */
            plannedEndOn: string | null;
        };
        CreateTrajectoryRequestInput: {
            /** Format: uuid */
            personId: string;
            /**
             * @description piis: the legal contract; growthPlan: a light plan (groeiplan).
             * @enum {string}
             */
            form: "piis" | "growthPlan";
            /**
             * @description integrationIncome, equivalentAid, or noFinancialAid (a user in the broad sense: a plan is possible, sanctions never apply).
             * @enum {string}
             */
            situation: "integrationIncome" | "equivalentAid" | "noFinancialAid";
            /** @default null */
            incomeCategory: ("cohabiting" | "single" | "family") | null;
            /**
             * @description The date of the integration-income decision.
             * @default null
             */
            decisionDate: string | null;
            /**
             * @description When the decision was notified.
             * @default null
             */
            notificationDate: string | null;
            /**
             * @description Whether the person had the integration income in the 3 months before this grant.
             * @default null
             */
            incomeInPreviousThreeMonths: boolean | null;
            /**
             * @description A mandatory PIIS waived for health or equity reasons, with its written justification.
             * @default null
             */
            exemption: {
                /** @enum {string} */
                reason: "health" | "equity";
                justification: string;
            } | null;
            /** @description The social assessment it rests on: the latest by default. */
            assessmentId?: string | null;
            /**
             * @description A plan re-actualised after a job of under 3 months: no new assessment needed.
             * @default false
             */
            reactualisedAfterShortJob: boolean;
            /** @description One or more; a mixed plan is allowed. Community service only with the person’s recorded agreement. */
            orientations: ("employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService")[];
            /**
             * @description When the person agreed to community service.
             * @default null
             */
            communityServiceAgreedOn: string | null;
            /** @default [] */
            objectives: components["schemas"]["PlanObjectiveInput"][];
            /** @default [] */
            personCommitments: components["schemas"]["PlanCommitmentInput"][];
            /** @default [] */
            centreCommitments: components["schemas"]["PlanCommitmentInput"][];
            /** @default [] */
            actions: components["schemas"]["PlanActionInput"][];
            /**
             * @description Other parties to the contract (a training centre…).
             * @default []
             */
            parties: components["schemas"]["PlanPartyInput"][];
            /** @default null */
            supportPerson: components["schemas"]["SupportPersonInput"] | null;
            /**
             * @description How evaluations happen, in plain words.
             * @default
             */
            evaluationArrangements: string;
            /** @default null */
            startOn: string | null;
            /** @default null */
            plannedEndOn: string | null;
        };
        DashboardRatio: {
            numerator: number;
            denominator: number;
            /** @description numerator / denominator to a tenth of a percent (0.333); null when the denominator is 0. */
            share: number | null;
        };
        DashboardRatioInput: {
            numerator: number;
            denominator: number;
            /** @description numerator / denominator to a tenth of a percent (0.333); null when the denominator is 0. */
            share: number | null;
        };
        Deadline: {
            key: string;
            /** @enum {string} */
            rule: "piis.conclusion" | "piis.reflection" | "evaluation.scheduled" | "evaluation.minimum" | "interview.onRequest" | "activation.maxDuration" | "subsidy.extension" | "subsidy.end";
            /** Format: date */
            date: string;
            /** @enum {string} */
            state: "done" | "due" | "overdue";
            /** @enum {string} */
            closedBy: "signature" | "evaluation" | "interview" | "closure" | "motivation" | "time";
            inPerson?: boolean;
        };
        DeadlineInput: {
            key: string;
            /** @enum {string} */
            rule: "piis.conclusion" | "piis.reflection" | "evaluation.scheduled" | "evaluation.minimum" | "interview.onRequest" | "activation.maxDuration" | "subsidy.extension" | "subsidy.end";
            /** Format: date */
            date: string;
            /** @enum {string} */
            state: "done" | "due" | "overdue";
            /** @enum {string} */
            closedBy: "signature" | "evaluation" | "interview" | "closure" | "motivation" | "time";
            inPerson?: boolean;
        };
        DeadlineList: {
            /** Format: date */
            today: string;
            items: components["schemas"]["Deadline"][];
        };
        DeadlineListInput: {
            /** Format: date */
            today: string;
            items: components["schemas"]["DeadlineInput"][];
        };
        DecideSanctionRequest: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day the centre decided (not in the future).
             */
            decisionOn: string;
            /**
             * @description When the decision was notified to the person; the appeal deadline runs from it.
             * @default null
             */
            notifiedOn: string | null;
        };
        DecideSanctionRequestInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day the centre decided (not in the future).
             */
            decisionOn: string;
            /**
             * @description When the decision was notified to the person; the appeal deadline runs from it.
             * @default null
             */
            notifiedOn: string | null;
        };
        DeclineReferralRequest: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day it was declined; today if omitted.
             */
            answeredOn?: string;
            /** @description Why: the first-line worker reads it to find another way. */
            note: string;
        };
        DeclineReferralRequestInput: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day it was declined; today if omitted.
             */
            answeredOn?: string;
            /** @description Why: the first-line worker reads it to find another way. */
            note: string;
        };
        DomainFinding: {
            /** @enum {string} */
            domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "addiction" | "family" | "childcare" | "socialNetwork" | "education" | "workExperience" | "language" | "digital" | "mobility" | "administration" | "justice";
            /** @default  */
            situation: string;
            /** @default  */
            obstacles: string;
            /** @default  */
            strengths: string;
        };
        DomainFindingInput: {
            /** @enum {string} */
            domain: "income" | "debts" | "housing" | "physicalHealth" | "mentalHealth" | "addiction" | "family" | "childcare" | "socialNetwork" | "education" | "workExperience" | "language" | "digital" | "mobility" | "administration" | "justice";
            /** @default  */
            situation: string;
            /** @default  */
            obstacles: string;
            /** @default  */
            strengths: string;
        };
        EndReferralRequest: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The last day the receiving side followed the person, included: not before it was accepted, not in the future.
             */
            endedOn: string;
        };
        EndReferralRequestInput: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The last day the receiving side followed the person, included: not before it was accepted, not in the future.
             */
            endedOn: string;
        };
        EnrolInModuleRequest: {
            /** Format: uuid */
            moduleId: string;
            /**
             * Format: date
             * @description The first day of the enrolment (YYYY-MM-DD); today when omitted.
             */
            enrolledOn?: string;
        };
        EnrolInModuleRequestInput: {
            /** Format: uuid */
            moduleId: string;
            /**
             * Format: date
             * @description The first day of the enrolment (YYYY-MM-DD); today when omitted.
             */
            enrolledOn?: string;
        };
        Evaluation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            mode: "inPerson" | "remote" | "written";
            missed: boolean;
            attendance: {
                person: boolean;
                supportPerson: boolean;
                partners: string[];
                others: string;
            };
            objectiveProgress: {
                objectiveId: string;
                /** @enum {string} */
                level: "achieved" | "progressing" | "unchanged" | "setback";
                note: string;
            }[];
            personDid: string;
            centreDid: string;
            nextSteps: string;
            nextOn: string | null;
            /** @description The measurement taken at it: GET /measurements/{id}. */
            measurementId: string | null;
            /**
             * Format: uuid
             * @description The worker who held it: only they correct it.
             */
            heldBy: string;
            heldByName: string;
            /** @description 1 for an evaluation never corrected. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description On POST, the measurement recorded with it. */
            measurement?: components["schemas"]["Measurement"];
            /** @description What it said before each correction, oldest first: only for team leads and administrators, on GET /evaluations/{id}. */
            earlierVersions?: {
                version: number;
                /** Format: date */
                heldOn: string;
                /** @enum {string} */
                mode: "inPerson" | "remote" | "written";
                missed: boolean;
                attendance: {
                    person: boolean;
                    supportPerson: boolean;
                    partners: string[];
                    others: string;
                };
                objectiveProgress: {
                    objectiveId: string;
                    /** @enum {string} */
                    level: "achieved" | "progressing" | "unchanged" | "setback";
                    note: string;
                }[];
                personDid: string;
                centreDid: string;
                nextSteps: string;
                nextOn: string | null;
                /** Format: date-time */
                savedAt: string;
            }[];
        };
        EvaluationAttendance: {
            /** @description The person came (false for a missed appointment). */
            person: boolean;
            /**
             * @description The person of their choice who assists them came.
             * @default false
             */
            supportPerson: boolean;
            /**
             * @description Partner organisations (or their workers) present.
             * @default []
             */
            partners: string[];
            /**
             * @description Anyone else present, in plain words.
             * @default
             */
            others: string;
        };
        EvaluationAttendanceInput: {
            /** @description The person came (false for a missed appointment). */
            person: boolean;
            /**
             * @description The person of their choice who assists them came.
             * @default false
             */
            supportPerson: boolean;
            /**
             * @description Partner organisations (or their workers) present.
             * @default []
             */
            partners: string[];
            /**
             * @description Anyone else present, in plain words.
             * @default
             */
            others: string;
        };
        EvaluationCompliance: {
            /**
             * @description met; onTrack (what is still suggested this plan year is enough); atRisk (it is not: arrange one now); notMet (the year ended short).
             * @enum {string}
             */
            state: "met" | "onTrack" | "atRisk" | "notMet";
            /**
             * Format: date
             * @description The plan year it speaks of (at most 12 months).
             */
            from: string;
            /** Format: date */
            to: string;
            required: number;
            requiredInPerson: number;
            /** @description Evaluations held in the year (missed appointments left out). */
            held: number;
            heldInPerson: number;
            /** @description Missed appointments in the year (the person did not come). */
            missed: number;
            /** @description Suggested evaluations still ahead in the year, as the schedule moved. */
            scheduledAhead: number;
        };
        EvaluationComplianceInput: {
            /**
             * @description met; onTrack (what is still suggested this plan year is enough); atRisk (it is not: arrange one now); notMet (the year ended short).
             * @enum {string}
             */
            state: "met" | "onTrack" | "atRisk" | "notMet";
            /**
             * Format: date
             * @description The plan year it speaks of (at most 12 months).
             */
            from: string;
            /** Format: date */
            to: string;
            required: number;
            requiredInPerson: number;
            /** @description Evaluations held in the year (missed appointments left out). */
            held: number;
            heldInPerson: number;
            /** @description Missed appointments in the year (the person did not come). */
            missed: number;
            /** @description Suggested evaluations still ahead in the year, as the schedule moved. */
            scheduledAhead: number;
        };
        EvaluationInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            mode: "inPerson" | "remote" | "written";
            missed: boolean;
            attendance: {
                person: boolean;
                supportPerson: boolean;
                partners: string[];
                others: string;
            };
            objectiveProgress: {
                objectiveId: string;
                /** @enum {string} */
                level: "achieved" | "progressing" | "unchanged" | "setback";
                note: string;
            }[];
            personDid: string;
            centreDid: string;
            nextSteps: string;
            nextOn: string | null;
            /** @description The measurement taken at it: GET /measurements/{id}. */
            measurementId: string | null;
            /**
             * Format: uuid
             * @description The worker who held it: only they correct it.
             */
            heldBy: string;
            heldByName: string;
            /** @description 1 for an evaluation never corrected. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description On POST, the measurement recorded with it. */
            measurement?: components["schemas"]["MeasurementInput"];
            /** @description What it said before each correction, oldest first: only for team leads and administrators, on GET /evaluations/{id}. */
            earlierVersions?: {
                version: number;
                /** Format: date */
                heldOn: string;
                /** @enum {string} */
                mode: "inPerson" | "remote" | "written";
                missed: boolean;
                attendance: {
                    person: boolean;
                    supportPerson: boolean;
                    partners: string[];
                    others: string;
                };
                objectiveProgress: {
                    objectiveId: string;
                    /** @enum {string} */
                    level: "achieved" | "progressing" | "unchanged" | "setback";
                    note: string;
                }[];
                personDid: string;
                centreDid: string;
                nextSteps: string;
                nextOn: string | null;
                /** Format: date-time */
                savedAt: string;
            }[];
        };
        EvaluationList: {
            /** @description Newest first. */
            items: components["schemas"]["Evaluation"][];
            /** @description The yearly minimum (DOMAIN.md §3) for a plan signed with a start and a planned end; null otherwise. */
            compliance: components["schemas"]["EvaluationCompliance"] | null;
        };
        EvaluationListInput: {
            /** @description Newest first. */
            items: components["schemas"]["EvaluationInput"][];
            /** @description The yearly minimum (DOMAIN.md §3) for a plan signed with a start and a planned end; null otherwise. */
            compliance: components["schemas"]["EvaluationComplianceInput"] | null;
        };
        FederalGroup: {
            /** @description all, a region (brussels, flanders, wallonia, unknown) or a size band (small, medium, large). */
            key: string;
            label: string;
            /** @description Centres of the group that closed the year. */
            centres: number;
            sections: components["schemas"]["ReportSection"][];
        };
        FederalGroupInput: {
            /** @description all, a region (brussels, flanders, wallonia, unknown) or a size band (small, medium, large). */
            key: string;
            label: string;
            /** @description Centres of the group that closed the year. */
            centres: number;
            sections: components["schemas"]["ReportSectionInput"][];
        };
        FederalIndicators: {
            year: number;
            /** @enum {string} */
            by: "none" | "region" | "sizeBand";
            centres: {
                /** @description Centres in Passerelle. */
                total: number;
                /** @description Centres that closed the year: only their figures are counted. */
                closed: number;
            };
            /** @description The whole country first, then each group. */
            groups: components["schemas"]["FederalGroup"][];
        };
        FederalIndicatorsInput: {
            year: number;
            /** @enum {string} */
            by: "none" | "region" | "sizeBand";
            centres: {
                /** @description Centres in Passerelle. */
                total: number;
                /** @description Centres that closed the year: only their figures are counted. */
                closed: number;
            };
            /** @description The whole country first, then each group. */
            groups: components["schemas"]["FederalGroupInput"][];
        };
        FeedbackAnswer: {
            /** @description understandable: how understandable my plan is; heard: I felt heard; helpFits: the help fits what I need. */
            scores: {
                /** @description 1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped. */
                understandable?: number | null;
                /** @description 1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped. */
                heard?: number | null;
                /** @description 1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped. */
                helpFits?: number | null;
            };
            /** @description Free text, optional. */
            comment?: string | null;
        };
        FeedbackAnswerInput: {
            /** @description understandable: how understandable my plan is; heard: I felt heard; helpFits: the help fits what I need. */
            scores: {
                /** @description 1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped. */
                understandable?: number | null;
                /** @description 1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped. */
                heard?: number | null;
                /** @description 1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped. */
                helpFits?: number | null;
            };
            /** @description Free text, optional. */
            comment?: string | null;
        };
        FeedbackForm: {
            /**
             * @description The language of the texts below.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            /**
             * @description The language the worker chose for the link.
             * @enum {string}
             */
            linkLanguage: "fr" | "nl" | "de" | "en";
            title: string;
            intro: string;
            questions: {
                /** @enum {string} */
                key: "understandable" | "heard" | "helpFits";
                text: string;
            }[];
            scale: {
                value: number;
                label: string;
            }[];
            comment: {
                label: string;
                maxLength: number;
            };
        };
        FeedbackFormInput: {
            /**
             * @description The language of the texts below.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            /**
             * @description The language the worker chose for the link.
             * @enum {string}
             */
            linkLanguage: "fr" | "nl" | "de" | "en";
            title: string;
            intro: string;
            questions: {
                /** @enum {string} */
                key: "understandable" | "heard" | "helpFits";
                text: string;
            }[];
            scale: {
                value: number;
                label: string;
            }[];
            comment: {
                label: string;
                maxLength: number;
            };
        };
        FeedbackLink: {
            /** @description The one-time address of the questionnaire (`/feedback/<secret>` on this server). Shown once: only its hash is kept. */
            url: string;
            /**
             * Format: date-time
             * @description After this instant the address answers 404.
             */
            expiresAt: string;
        };
        FeedbackLinkCreate: {
            /**
             * @description The language the person reads the questions in (they may switch).
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
        };
        FeedbackLinkCreateInput: {
            /**
             * @description The language the person reads the questions in (they may switch).
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
        };
        FeedbackLinkInput: {
            /** @description The one-time address of the questionnaire (`/feedback/<secret>` on this server). Shown once: only its hash is kept. */
            url: string;
            /**
             * Format: date-time
             * @description After this instant the address answers 404.
             */
            expiresAt: string;
        };
        FeedbackReceived: {
            /** @constant */
            received: true;
        };
        FeedbackReceivedInput: {
            /** @constant */
            received: true;
        };
        InformRequest: {
            /** Format: date */
            informedOn: string;
            /**
             * @description The language the information was given in.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            /**
             * @description The person was told they may be assisted by a person of their choice.
             * @constant
             */
            supportPersonExplained: true;
            /** @description Whether the person asked for the reflection period. */
            reflectionRequested: boolean;
            version: number;
        };
        InformRequestInput: {
            /** Format: date */
            informedOn: string;
            /**
             * @description The language the information was given in.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            /**
             * @description The person was told they may be assisted by a person of their choice.
             * @constant
             */
            supportPersonExplained: true;
            /** @description Whether the person asked for the reflection period. */
            reflectionRequested: boolean;
            version: number;
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
                /** @description Everyday words for a technical name, shown beside it to the person (e.g. "how I see myself"). */
                plainName?: {
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
                /** @description Everyday words for a technical name, shown beside it to the person (e.g. "how I see myself"). */
                plainName?: {
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
                /** @description Everyday words for a technical name, shown beside it to the person (e.g. "how I see myself"). */
                plainName?: {
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
                /** @description Everyday words for a technical name, shown beside it to the person (e.g. "how I see myself"). */
                plainName?: {
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
        InterviewRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            requestedOn: string;
            heldOn: string | null;
            /** @description The day by which it must be held: 5 working days. */
            deadline: string;
        };
        InterviewRequestInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            requestedOn: string;
            heldOn: string | null;
            /** @description The day by which it must be held: 5 working days. */
            deadline: string;
        };
        JournalEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            kind: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
            /** Format: date */
            occurredOn: string;
            text: string;
            durationMinutes: number | null;
            /** Format: uuid */
            authorId: string;
            /** @description Who wrote it: only they may correct it. */
            authorName: string;
            /** @description 1 for an entry never corrected. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the entry said before each correction, oldest first: only for team leads and administrators, on GET /journal/{id}. */
            earlierVersions?: {
                version: number;
                /** @enum {string} */
                kind: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
                /** Format: date */
                occurredOn: string;
                text: string;
                durationMinutes: number | null;
                /**
                 * Format: date-time
                 * @description When this state was written.
                 */
                savedAt: string;
            }[];
        };
        JournalEntryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            kind: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
            /** Format: date */
            occurredOn: string;
            text: string;
            durationMinutes: number | null;
            /** Format: uuid */
            authorId: string;
            /** @description Who wrote it: only they may correct it. */
            authorName: string;
            /** @description 1 for an entry never corrected. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the entry said before each correction, oldest first: only for team leads and administrators, on GET /journal/{id}. */
            earlierVersions?: {
                version: number;
                /** @enum {string} */
                kind: "interview" | "home_visit" | "phone" | "written" | "partner_meeting" | "other";
                /** Format: date */
                occurredOn: string;
                text: string;
                durationMinutes: number | null;
                /**
                 * Format: date-time
                 * @description When this state was written.
                 */
                savedAt: string;
            }[];
        };
        JournalEntryPage: {
            items: components["schemas"]["JournalEntry"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        JournalEntryPageInput: {
            items: components["schemas"]["JournalEntryInput"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        LeaveModuleRequest: {
            /**
             * Format: date
             * @description The last day the person takes part (YYYY-MM-DD), not in the future.
             */
            leftOn: string;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        LeaveModuleRequestInput: {
            /**
             * Format: date
             * @description The last day the person takes part (YYYY-MM-DD), not in the future.
             */
            leftOn: string;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        /** @description The text per language; at least one. A reader sees their language, else the first written of fr, nl, de, en. */
        LocalisedText: {
            fr?: string;
            nl?: string;
            de?: string;
            en?: string;
        };
        /** @description The text per language; at least one. A reader sees their language, else the first written of fr, nl, de, en. */
        LocalisedTextInput: {
            fr?: string;
            nl?: string;
            de?: string;
            en?: string;
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
                workerScore: number | null;
                personScore: number | null;
                note: string | null;
            }[];
            withdrawal: components["schemas"]["Withdrawal"];
            /** @description Send it back with a correction or a withdrawal. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Name of the worker who recorded it. */
            createdBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Name of the user who last corrected or withdrew it. */
            updatedBy: string | null;
        };
        MeasurementAtEvaluation: {
            instrumentKey: string;
            /** @description The latest version by default. */
            instrumentVersion?: number;
            /**
             * Format: date
             * @description The day of the evaluation unless given.
             */
            measuredOn?: string;
            /**
             * @description Always evaluation.
             * @constant
             */
            context?: "evaluation";
            scores: components["schemas"]["Score"][];
        };
        MeasurementAtEvaluationInput: {
            instrumentKey: string;
            /** @description The latest version by default. */
            instrumentVersion?: number;
            /**
             * Format: date
             * @description The day of the evaluation unless given.
             */
            measuredOn?: string;
            /**
             * @description Always evaluation.
             * @constant
             */
            context?: "evaluation";
            scores: components["schemas"]["ScoreInput"][];
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
                workerScore: number | null;
                personScore: number | null;
                note: string | null;
            }[];
            withdrawal: components["schemas"]["WithdrawalInput"];
            /** @description Send it back with a correction or a withdrawal. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Name of the worker who recorded it. */
            createdBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Name of the user who last corrected or withdrew it. */
            updatedBy: string | null;
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
        Module: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "individual" | "collective";
            description: string | null;
            /** @description The partner organisation that runs it; null: the centre. */
            partnerId: string | null;
            partnerName: string | null;
            capacity: number | null;
            /** @description A deactivated module takes no new enrolment and no new session; it is never deleted. */
            active: boolean;
            /** @description People enrolled now (who have not left). */
            enrolled: number;
            /** @description Places left; null when the capacity has no limit. */
            freePlaces: number | null;
            /** @description The first session from today on. */
            nextSession: components["schemas"]["ModuleSession"] | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ModuleDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "individual" | "collective";
            description: string | null;
            /** @description The partner organisation that runs it; null: the centre. */
            partnerId: string | null;
            partnerName: string | null;
            capacity: number | null;
            /** @description A deactivated module takes no new enrolment and no new session; it is never deleted. */
            active: boolean;
            /** @description People enrolled now (who have not left). */
            enrolled: number;
            /** @description Places left; null when the capacity has no limit. */
            freePlaces: number | null;
            /** @description The first session from today on. */
            nextSession: components["schemas"]["ModuleSession"] | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every session, earliest first. */
            sessions: components["schemas"]["ModuleSession"][];
            /** @description Who is or was enrolled, by name: only for those who may read people’s files. */
            enrolments?: components["schemas"]["ModuleEnrolledPerson"][];
        };
        ModuleDetailInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "individual" | "collective";
            description: string | null;
            /** @description The partner organisation that runs it; null: the centre. */
            partnerId: string | null;
            partnerName: string | null;
            capacity: number | null;
            /** @description A deactivated module takes no new enrolment and no new session; it is never deleted. */
            active: boolean;
            /** @description People enrolled now (who have not left). */
            enrolled: number;
            /** @description Places left; null when the capacity has no limit. */
            freePlaces: number | null;
            /** @description The first session from today on. */
            nextSession: components["schemas"]["ModuleSessionInput"] | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every session, earliest first. */
            sessions: components["schemas"]["ModuleSessionInput"][];
            /** @description Who is or was enrolled, by name: only for those who may read people’s files. */
            enrolments?: components["schemas"]["ModuleEnrolledPersonInput"][];
        };
        ModuleEnrolledPerson: {
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: date */
            enrolledOn: string;
            leftOn: string | null;
        };
        ModuleEnrolledPersonInput: {
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: date */
            enrolledOn: string;
            leftOn: string | null;
        };
        ModuleEnrolment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            moduleName: string;
            /** @enum {string} */
            kind: "individual" | "collective";
            partnerName: string | null;
            moduleActive: boolean;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            enrolledOn: string;
            leftOn: string | null;
            /** @description Marks recorded over the sessions below. */
            attendance: components["schemas"]["AttendanceCounts"];
            /** @description The module’s sessions on the days the person is enrolled, earliest first. */
            sessions: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                place: string | null;
                /** @description It has started: presence and absence can be recorded. */
                started: boolean;
                /** @description null: not recorded (yet). */
                status: ("present" | "excused" | "absent") | null;
            }[];
            version: number;
        };
        ModuleEnrolmentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            moduleName: string;
            /** @enum {string} */
            kind: "individual" | "collective";
            partnerName: string | null;
            moduleActive: boolean;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            enrolledOn: string;
            leftOn: string | null;
            /** @description Marks recorded over the sessions below. */
            attendance: components["schemas"]["AttendanceCountsInput"];
            /** @description The module’s sessions on the days the person is enrolled, earliest first. */
            sessions: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                place: string | null;
                /** @description It has started: presence and absence can be recorded. */
                started: boolean;
                /** @description null: not recorded (yet). */
                status: ("present" | "excused" | "absent") | null;
            }[];
            version: number;
        };
        ModuleEnrolmentList: {
            items: components["schemas"]["ModuleEnrolment"][];
        };
        ModuleEnrolmentListInput: {
            items: components["schemas"]["ModuleEnrolmentInput"][];
        };
        ModuleInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "individual" | "collective";
            description: string | null;
            /** @description The partner organisation that runs it; null: the centre. */
            partnerId: string | null;
            partnerName: string | null;
            capacity: number | null;
            /** @description A deactivated module takes no new enrolment and no new session; it is never deleted. */
            active: boolean;
            /** @description People enrolled now (who have not left). */
            enrolled: number;
            /** @description Places left; null when the capacity has no limit. */
            freePlaces: number | null;
            /** @description The first session from today on. */
            nextSession: components["schemas"]["ModuleSessionInput"] | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ModuleList: {
            items: components["schemas"]["Module"][];
        };
        ModuleListInput: {
            items: components["schemas"]["ModuleInput"][];
        };
        ModuleSession: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
            /** @description It has started: presence and absence can be recorded. */
            started: boolean;
            /** @description How many enrolled people have an attendance mark. */
            recorded: number;
            version: number;
        };
        ModuleSessionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
            /** @description It has started: presence and absence can be recorded. */
            started: boolean;
            /** @description How many enrolled people have an attendance mark. */
            recorded: number;
            version: number;
        };
        NewInterviewRequest: {
            /** Format: date */
            requestedOn: string;
            /** @default null */
            heldOn: string | null;
        };
        NewInterviewRequestInput: {
            /** Format: date */
            requestedOn: string;
            /** @default null */
            heldOn: string | null;
        };
        ObjectiveProgress: {
            /** @description An objective of the plan’s version in force. */
            objectiveId: string;
            /**
             * @description achieved, progressing, unchanged or setback: since the last evaluation.
             * @enum {string}
             */
            level: "achieved" | "progressing" | "unchanged" | "setback";
            /** @default  */
            note: string;
        };
        ObjectiveProgressInput: {
            /** @description An objective of the plan’s version in force. */
            objectiveId: string;
            /**
             * @description achieved, progressing, unchanged or setback: since the last evaluation.
             * @enum {string}
             */
            level: "achieved" | "progressing" | "unchanged" | "setback";
            /** @default  */
            note: string;
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
            street: string | null;
            houseNumber: string | null;
            box: string | null;
            postcode: string | null;
            municipality: string | null;
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
            street: string | null;
            houseNumber: string | null;
            box: string | null;
            postcode: string | null;
            municipality: string | null;
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
        PersonWarning: {
            /**
             * @description What to confirm, by sending it back in `confirmWarnings`.
             * @enum {string}
             */
            code: "sexParity" | "possibleDuplicate";
            /** @description The warning in the caller’s language. */
            message: string;
            /** @description The field it is about, when one. */
            field?: string;
            /** @description possibleDuplicate: the people of your centre with the same name and birth date. */
            duplicates?: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
                /** Format: date */
                birthDate: string;
            }[];
        };
        PersonWarningInput: {
            /**
             * @description What to confirm, by sending it back in `confirmWarnings`.
             * @enum {string}
             */
            code: "sexParity" | "possibleDuplicate";
            /** @description The warning in the caller’s language. */
            message: string;
            /** @description The field it is about, when one. */
            field?: string;
            /** @description possibleDuplicate: the people of your centre with the same name and birth date. */
            duplicates?: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
                /** Format: date */
                birthDate: string;
            }[];
        };
        /** @description Whether the law requires a PIIS for this person, and why. */
        PiisObligation: {
            mandatory: boolean;
            reasons: ("under25" | "newBeneficiary")[];
            /** @enum {string} */
            because?: "notIntegrationIncome" | "notNewNotYoung" | "exempted" | "decisionDateUnknown";
        };
        /** @description Whether the law requires a PIIS for this person, and why. */
        PiisObligationInput: {
            mandatory: boolean;
            reasons: ("under25" | "newBeneficiary")[];
            /** @enum {string} */
            because?: "notIntegrationIncome" | "notNewNotYoung" | "exempted" | "decisionDateUnknown";
        };
        PlanAction: {
            /** @description A key of your choice, stable from one version to the next. */
            id: string;
            what: string;
            /** @description Who does it: the person, the worker, a partner… */
            who: string;
            /** @default null */
            dueOn: string | null;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "inProgress" | "done" | "dropped";
            /** @default null */
            objectiveId: string | null;
        };
        PlanActionInput: {
            /** @description A key of your choice, stable from one version to the next. */
            id: string;
            what: string;
            /** @description Who does it: the person, the worker, a partner… */
            who: string;
            /** @default null */
            dueOn: string | null;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "inProgress" | "done" | "dropped";
            /** @default null */
            objectiveId: string | null;
        };
        PlanChange: {
            field: string;
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            key?: string;
            item?: unknown;
            before?: unknown;
            after?: unknown;
        };
        PlanChangeInput: {
            field: string;
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            key?: string;
            item?: unknown;
            before?: unknown;
            after?: unknown;
        };
        PlanCommitment: {
            /** @description The objective it serves. */
            objectiveId: string;
            text: string;
        };
        PlanCommitmentInput: {
            /** @description The objective it serves. */
            objectiveId: string;
            text: string;
        };
        PlanCosts: {
            /** @description By the day incurred, then by when recorded. */
            items: components["schemas"]["CostLine"][];
            /** @description The sum of the lines, in euro cents. */
            totalCents: number;
        };
        PlanCostsInput: {
            /** @description By the day incurred, then by when recorded. */
            items: components["schemas"]["CostLineInput"][];
            /** @description The sum of the lines, in euro cents. */
            totalCents: number;
        };
        PlanInformation: {
            /** Format: date */
            informedOn: string;
            /**
             * @description The language the information was given in.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            /**
             * @description The person was told they may be assisted by a person of their choice.
             * @constant
             */
            supportPersonExplained: true;
            /** @description Whether the person asked for the reflection period. */
            reflectionRequested: boolean;
            /** @description The person waived the reflection period they had asked for. */
            reflectionWaived: boolean;
        };
        PlanInformationInput: {
            /** Format: date */
            informedOn: string;
            /**
             * @description The language the information was given in.
             * @enum {string}
             */
            language: "fr" | "nl" | "de" | "en";
            /**
             * @description The person was told they may be assisted by a person of their choice.
             * @constant
             */
            supportPersonExplained: true;
            /** @description Whether the person asked for the reflection period. */
            reflectionRequested: boolean;
            /** @description The person waived the reflection period they had asked for. */
            reflectionWaived: boolean;
        };
        PlanObjective: {
            /** @description A key of your choice, stable from one version to the next. */
            id: string;
            text: string;
        };
        PlanObjectiveInput: {
            /** @description A key of your choice, stable from one version to the next. */
            id: string;
            text: string;
        };
        PlanParty: {
            name: string;
            role: string;
        };
        PlanPartyInput: {
            name: string;
            role: string;
        };
        PlanSanctions: {
            /** @description The plan’s sanctions, newest first. */
            items: components["schemas"]["Sanction"][];
            /** @description What a new proposal may ask for, as of today. */
            allowance: {
                /** @description The longest suspension the law allows for a decision today: 1 month, or 3 again. */
                months: 1 | 3;
                /** @description The person’s last sanction decided in the 12 months before today, if any. */
                lastDecisionOn: string | null;
                /** @description False when the plan cannot take a sanction: not an active PIIS on the integration income. */
                sanctionsMayApply: boolean;
            };
        };
        PlanSanctionsInput: {
            /** @description The plan’s sanctions, newest first. */
            items: components["schemas"]["SanctionInput"][];
            /** @description What a new proposal may ask for, as of today. */
            allowance: {
                /** @description The longest suspension the law allows for a decision today: 1 month, or 3 again. */
                months: 1 | 3;
                /** @description The person’s last sanction decided in the 12 months before today, if any. */
                lastDecisionOn: string | null;
                /** @description False when the plan cannot take a sanction: not an active PIIS on the integration income. */
                sanctionsMayApply: boolean;
            };
        };
        PlanVersion: {
            number: number;
            /** @enum {string} */
            state: "draft" | "informed" | "signed" | "superseded";
            orientations: ("employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService")[];
            communityServiceAgreedOn: string | null;
            objectives: components["schemas"]["PlanObjective"][];
            personCommitments: components["schemas"]["PlanCommitment"][];
            centreCommitments: components["schemas"]["PlanCommitment"][];
            actions: components["schemas"]["PlanAction"][];
            parties: components["schemas"]["PlanParty"][];
            supportPerson: components["schemas"]["SupportPerson"] | null;
            evaluationArrangements: string;
            startOn: string | null;
            plannedEndOn: string | null;
            information: components["schemas"]["PlanInformation"] | null;
            signedOn: string | null;
            /** @description How each side signed; null while unsigned or for a growth plan signed by nobody. */
            signatures: {
                person: ("screen" | "paper") | null;
                worker: ("screen" | "paper") | null;
                workerName: string | null;
            } | null;
            councilNotedOn: string | null;
            /** @description SHA-256 of the printed plan of this version, once printed. */
            documentSha256: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        PlanVersionInput: {
            number: number;
            /** @enum {string} */
            state: "draft" | "informed" | "signed" | "superseded";
            orientations: ("employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService")[];
            communityServiceAgreedOn: string | null;
            objectives: components["schemas"]["PlanObjectiveInput"][];
            personCommitments: components["schemas"]["PlanCommitmentInput"][];
            centreCommitments: components["schemas"]["PlanCommitmentInput"][];
            actions: components["schemas"]["PlanActionInput"][];
            parties: components["schemas"]["PlanPartyInput"][];
            supportPerson: components["schemas"]["SupportPersonInput"] | null;
            evaluationArrangements: string;
            startOn: string | null;
            plannedEndOn: string | null;
            information: components["schemas"]["PlanInformationInput"] | null;
            signedOn: string | null;
            /** @description How each side signed; null while unsigned or for a growth plan signed by nobody. */
            signatures: {
                person: ("screen" | "paper") | null;
                worker: ("screen" | "paper") | null;
                workerName: string | null;
            } | null;
            councilNotedOn: string | null;
            /** @description SHA-256 of the printed plan of this version, once printed. */
            documentSha256: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        PlanVersionList: {
            items: components["schemas"]["PlanVersion"][];
        };
        PlanVersionListInput: {
            items: components["schemas"]["PlanVersionInput"][];
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
                /** @description The first point of the domain, whichever sides it has. */
                baseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                };
                /** @description The last point of the domain, whichever sides it has. */
                latest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                };
                /** @description The first point with the worker’s score. */
                workerBaseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The last point with the worker’s score. */
                workerLatest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The first point with the person’s own score. */
                personBaseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The last point with the person’s own score. */
                personLatest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The worker’s latest score minus their first; null with one such point or when the scale changed. */
                change: number | null;
                /** @description The same for the person’s own score. */
                personChange: number | null;
                series: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                }[];
            }[];
            /** @description Mean change over the domains that can be compared. */
            overallChange: number | null;
            /** @description Where the person sees it differently from the worker on the latest measurement (both sides scored); kept, never averaged away. */
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
                /** @description The first point of the domain, whichever sides it has. */
                baseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                };
                /** @description The last point of the domain, whichever sides it has. */
                latest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                };
                /** @description The first point with the worker’s score. */
                workerBaseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The last point with the worker’s score. */
                workerLatest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The first point with the person’s own score. */
                personBaseline: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The last point with the person’s own score. */
                personLatest: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                } | null;
                /** @description The worker’s latest score minus their first; null with one such point or when the scale changed. */
                change: number | null;
                /** @description The same for the person’s own score. */
                personChange: number | null;
                series: {
                    /** Format: uuid */
                    measurementId: string;
                    /** Format: date */
                    measuredOn: string;
                    instrumentVersion: number;
                    workerScore: number | null;
                    personScore: number | null;
                    /** @description The note given with this domain’s scores. */
                    note: string | null;
                }[];
            }[];
            /** @description Mean change over the domains that can be compared. */
            overallChange: number | null;
            /** @description Where the person sees it differently from the worker on the latest measurement (both sides scored); kept, never averaged away. */
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
        ProposeSanctionRequest: {
            /**
             * @description The formal notice (mise en demeure) sent to the person; required by law before any sanction.
             * @default null
             */
            noticeOn: string | null;
            /**
             * @description The social worker’s opinion, as written. Personal: never in events or logs.
             * @default null
             */
            workerOpinion: string | null;
            /**
             * @description When the social worker gave their opinion; required by law.
             * @default null
             */
            workerOpinionOn: string | null;
            /**
             * @description When the person was heard, when they were.
             * @default null
             */
            hearingOn: string | null;
            /**
             * @description Whether the person was assisted at the hearing by a person of their choice.
             * @default null
             */
            hearingAssisted: boolean | null;
            /**
             * @description Suspension of the whole integration income, or of a part of it.
             * @enum {string}
             */
            extent: "total" | "partial";
            /**
             * @description The suspended share, in percent: only for a partial suspension.
             * @default null
             */
            partialPercent: number | null;
            /**
             * Format: date
             * @description First day of the suspension, as decided (never computed).
             */
            startOn: string;
            /**
             * Format: date
             * @description Last day of the suspension, included: 1 month at most, 3 when another sanction was decided in the 12 months before.
             */
            endOn: string;
            /**
             * @description Sursis: decided but not carried out unless the person fails again.
             * @default false
             */
            suspended: boolean;
        };
        ProposeSanctionRequestInput: {
            /**
             * @description The formal notice (mise en demeure) sent to the person; required by law before any sanction.
             * @default null
             */
            noticeOn: string | null;
            /**
             * @description The social worker’s opinion, as written. Personal: never in events or logs.
             * @default null
             */
            workerOpinion: string | null;
            /**
             * @description When the social worker gave their opinion; required by law.
             * @default null
             */
            workerOpinionOn: string | null;
            /**
             * @description When the person was heard, when they were.
             * @default null
             */
            hearingOn: string | null;
            /**
             * @description Whether the person was assisted at the hearing by a person of their choice.
             * @default null
             */
            hearingAssisted: boolean | null;
            /**
             * @description Suspension of the whole integration income, or of a part of it.
             * @enum {string}
             */
            extent: "total" | "partial";
            /**
             * @description The suspended share, in percent: only for a partial suspension.
             * @default null
             */
            partialPercent: number | null;
            /**
             * Format: date
             * @description First day of the suspension, as decided (never computed).
             */
            startOn: string;
            /**
             * Format: date
             * @description Last day of the suspension, included: 1 month at most, 3 when another sanction was decided in the 12 months before.
             */
            endOn: string;
            /**
             * @description Sursis: decided but not carried out unless the person fails again.
             * @default false
             */
            suspended: boolean;
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
        RecordAttendanceRequest: {
            items: {
                /** Format: uuid */
                enrolmentId: string;
                /** @enum {string} */
                status: "present" | "excused" | "absent";
            }[];
        };
        RecordAttendanceRequestInput: {
            items: {
                /** Format: uuid */
                enrolmentId: string;
                /** @enum {string} */
                status: "present" | "excused" | "absent";
            }[];
        };
        RecordCostRequest: {
            /**
             * Format: date
             * @description The day the cost was incurred (YYYY-MM-DD): not in the future, not before the plan was drafted, and for a closed plan not after its closing day.
             */
            incurredOn: string;
            /** @description Euro cents, a whole number from 1 (0.01 €) to 100000000 (1,000,000.00 €). */
            amountCents: number;
            /** @description What the cost was for, 1 to 300 characters. */
            description: string;
        };
        RecordCostRequestInput: {
            /**
             * Format: date
             * @description The day the cost was incurred (YYYY-MM-DD): not in the future, not before the plan was drafted, and for a closed plan not after its closing day.
             */
            incurredOn: string;
            /** @description Euro cents, a whole number from 1 (0.01 €) to 100000000 (1,000,000.00 €). */
            amountCents: number;
            /** @description What the cost was for, 1 to 300 characters. */
            description: string;
        };
        Referral: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            person: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            service: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "internal" | "partner";
                name: string;
                active: boolean;
            };
            /** @description The worker of the internal service it is addressed to, if any. */
            toUserId: string | null;
            toUserName: string | null;
            /** @description What the receiving side needs to know to take the person on. */
            handoverNote: string;
            /** Format: date */
            sentOn: string;
            /** Format: uuid */
            sentById: string;
            sentByName: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "declined" | "withdrawn" | "ended";
            /** @description The day it was accepted, declined or withdrawn; for an accepted referral, the first day the receiving worker follows the person. */
            answeredOn: string | null;
            answeredById: string | null;
            answeredByName: string | null;
            /** @description Why it was declined (or withdrawn), or what the receiving side said when accepting. */
            answerNote: string | null;
            /** @description Who follows the person in the receiving service once accepted: they hold the evaluations from `answeredOn` to `endedOn`. Null for a partner (no account here): the file’s responsible worker keeps them. */
            receivingUserId: string | null;
            receivingUserName: string | null;
            /** @description The last day an accepted referral ran, included. */
            endedOn: string | null;
            /** @description Whether you may accept or decline it now. */
            canAnswer: boolean;
            /** @description Whether you may withdraw it now (its sender, while it waits). */
            canWithdraw: boolean;
            /** @description Whether you may record its end now. */
            canEnd: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReferralInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            person: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            service: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "internal" | "partner";
                name: string;
                active: boolean;
            };
            /** @description The worker of the internal service it is addressed to, if any. */
            toUserId: string | null;
            toUserName: string | null;
            /** @description What the receiving side needs to know to take the person on. */
            handoverNote: string;
            /** Format: date */
            sentOn: string;
            /** Format: uuid */
            sentById: string;
            sentByName: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "declined" | "withdrawn" | "ended";
            /** @description The day it was accepted, declined or withdrawn; for an accepted referral, the first day the receiving worker follows the person. */
            answeredOn: string | null;
            answeredById: string | null;
            answeredByName: string | null;
            /** @description Why it was declined (or withdrawn), or what the receiving side said when accepting. */
            answerNote: string | null;
            /** @description Who follows the person in the receiving service once accepted: they hold the evaluations from `answeredOn` to `endedOn`. Null for a partner (no account here): the file’s responsible worker keeps them. */
            receivingUserId: string | null;
            receivingUserName: string | null;
            /** @description The last day an accepted referral ran, included. */
            endedOn: string | null;
            /** @description Whether you may accept or decline it now. */
            canAnswer: boolean;
            /** @description Whether you may withdraw it now (its sender, while it waits). */
            canWithdraw: boolean;
            /** @description Whether you may record its end now. */
            canEnd: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReferralList: {
            items: components["schemas"]["Referral"][];
        };
        ReferralListInput: {
            items: components["schemas"]["ReferralInput"][];
        };
        RefuseSanctionRequest: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /** @description Why the proposal is refused. */
            note: string;
        };
        RefuseSanctionRequestInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /** @description Why the proposal is refused. */
            note: string;
        };
        ReportMember: {
            person: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            /** @description The plan behind the figure, when the figure counts plans or sanctions. */
            trajectoryId: string | null;
            sanctionId: string | null;
        };
        ReportMemberInput: {
            person: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            /** @description The plan behind the figure, when the figure counts plans or sanctions. */
            trajectoryId: string | null;
            sanctionId: string | null;
        };
        ReportMembers: {
            year: number;
            cell: string;
            /** @enum {string} */
            subject: "trajectory" | "person" | "sanction";
            count: number;
            items: components["schemas"]["ReportMember"][];
        };
        ReportMembersInput: {
            year: number;
            cell: string;
            /** @enum {string} */
            subject: "trajectory" | "person" | "sanction";
            count: number;
            items: components["schemas"]["ReportMemberInput"][];
        };
        ReportSection: {
            key: string;
            label: string;
            tables: components["schemas"]["ReportTable"][];
        };
        ReportSectionInput: {
            key: string;
            label: string;
            tables: components["schemas"]["ReportTableInput"][];
        };
        ReportTable: {
            key: string;
            label: string;
            columns: {
                key: string;
                /**
                 * @description count; share (a ratio: 0.333 is 33.3 %); amount (euro cents); mean.
                 * @enum {string}
                 */
                kind: "count" | "share" | "amount" | "mean";
                label: string;
            }[];
            rows: {
                key: string;
                label: string;
                values: components["schemas"]["ReportValue"][];
            }[];
        };
        ReportTableInput: {
            key: string;
            label: string;
            columns: {
                key: string;
                /**
                 * @description count; share (a ratio: 0.333 is 33.3 %); amount (euro cents); mean.
                 * @enum {string}
                 */
                kind: "count" | "share" | "amount" | "mean";
                label: string;
            }[];
            rows: {
                key: string;
                label: string;
                values: components["schemas"]["ReportValueInput"][];
            }[];
        };
        ReportValue: {
            /** @description null: not computable (a share of nothing) or suppressed. */
            value: number | null;
            /**
             * @description When this value is not of its column’s kind.
             * @enum {string}
             */
            kind?: "count" | "share" | "amount" | "mean";
            /** @description The figure’s cell: GET /reports/annual/members?year=&cell= lists who is behind it. */
            cell?: string;
            /**
             * @description Federal view: lessThan5 (1 to 4 people, shown "<5"), hidden (withheld so that another cell cannot be worked out).
             * @enum {string}
             */
            mark?: "lessThan5" | "hidden";
        };
        ReportValueInput: {
            /** @description null: not computable (a share of nothing) or suppressed. */
            value: number | null;
            /**
             * @description When this value is not of its column’s kind.
             * @enum {string}
             */
            kind?: "count" | "share" | "amount" | "mean";
            /** @description The figure’s cell: GET /reports/annual/members?year=&cell= lists who is behind it. */
            cell?: string;
            /**
             * @description Federal view: lessThan5 (1 to 4 people, shown "<5"), hidden (withheld so that another cell cannot be worked out).
             * @enum {string}
             */
            mark?: "lessThan5" | "hidden";
        };
        ReportYearSettingsInput: {
            version: number;
            /** @description The convention’s target count per indicator (a cell of the report); leave one out for no target. */
            objectives: {
                "activation.started"?: number;
                "activation.closed"?: number;
                "activation.outcome.socioProfessional"?: number;
                "activation.outcome.reinforcedAutonomy"?: number;
                "activation.outcome.volunteering"?: number;
                "activation.outcome.employment"?: number;
                "piis.concluded"?: number;
            };
            /** @description Euro cents per subsidy part: A social participation, B collective modules, C child poverty, and the PIIS subsidy. */
            subsidies: {
                participationA?: number;
                modulesB?: number;
                childPovertyC?: number;
                piis?: number;
            };
        };
        ReportYearSettingsInputInput: {
            version: number;
            /** @description The convention’s target count per indicator (a cell of the report); leave one out for no target. */
            objectives: {
                "activation.started"?: number;
                "activation.closed"?: number;
                "activation.outcome.socioProfessional"?: number;
                "activation.outcome.reinforcedAutonomy"?: number;
                "activation.outcome.volunteering"?: number;
                "activation.outcome.employment"?: number;
                "piis.concluded"?: number;
            };
            /** @description Euro cents per subsidy part: A social participation, B collective modules, C child poverty, and the PIIS subsidy. */
            subsidies: {
                participationA?: number;
                modulesB?: number;
                childPovertyC?: number;
                piis?: number;
            };
        };
        Sanction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            state: "proposed" | "approved" | "refused" | "decided" | "withdrawn";
            noticeOn: string | null;
            workerOpinion: string | null;
            workerOpinionOn: string | null;
            hearingOn: string | null;
            hearingAssisted: boolean | null;
            /** @enum {string} */
            extent: "total" | "partial";
            partialPercent: number | null;
            /** Format: date */
            startOn: string;
            /** Format: date */
            endOn: string;
            suspended: boolean;
            /** Format: uuid */
            proposedById: string;
            proposedByName: string;
            /** @description Who approved or refused the proposal, when, and their note; null while it waits. */
            approval: {
                /** @enum {string} */
                outcome: "approved" | "refused";
                /** Format: uuid */
                byId: string;
                byName: string;
                /** Format: date */
                on: string;
                note: string | null;
            } | null;
            decisionOn: string | null;
            notifiedOn: string | null;
            /** @description The last day to appeal to the labour court: 3 months after the notification. */
            appealDeadline: string | null;
            /** @description Whether the caller may approve or refuse it now: a proposal, not theirs, and the centre’s policy names their role. */
            mayApprove: boolean;
            /** @description Whether the caller may withdraw it now: not yet decided, and theirs or theirs to approve. */
            mayWithdraw: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SanctionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            state: "proposed" | "approved" | "refused" | "decided" | "withdrawn";
            noticeOn: string | null;
            workerOpinion: string | null;
            workerOpinionOn: string | null;
            hearingOn: string | null;
            hearingAssisted: boolean | null;
            /** @enum {string} */
            extent: "total" | "partial";
            partialPercent: number | null;
            /** Format: date */
            startOn: string;
            /** Format: date */
            endOn: string;
            suspended: boolean;
            /** Format: uuid */
            proposedById: string;
            proposedByName: string;
            /** @description Who approved or refused the proposal, when, and their note; null while it waits. */
            approval: {
                /** @enum {string} */
                outcome: "approved" | "refused";
                /** Format: uuid */
                byId: string;
                byName: string;
                /** Format: date */
                on: string;
                note: string | null;
            } | null;
            decisionOn: string | null;
            notifiedOn: string | null;
            /** @description The last day to appeal to the labour court: 3 months after the notification. */
            appealDeadline: string | null;
            /** @description Whether the caller may approve or refuse it now: a proposal, not theirs, and the centre’s policy names their role. */
            mayApprove: boolean;
            /** @description Whether the caller may withdraw it now: not yet decided, and theirs or theirs to approve. */
            mayWithdraw: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SanctionPage: {
            items: components["schemas"]["Sanction"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        SanctionPageInput: {
            items: components["schemas"]["SanctionInput"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description At least one of the two scores: the worker’s, the person’s, or both. */
        Score: {
            /** @description A domain key of the instrument. */
            domain: string;
            /** @description The worker’s score on the domain scale; may be left out when the person gave theirs. */
            workerScore?: number | null;
            /** @description The person’s own score, when they gave one. */
            personScore?: number | null;
            note?: string;
        };
        /** @description At least one of the two scores: the worker’s, the person’s, or both. */
        ScoreInput: {
            /** @description A domain key of the instrument. */
            domain: string;
            /** @description The worker’s score on the domain scale; may be left out when the person gave theirs. */
            workerScore?: number | null;
            /** @description The person’s own score, when they gave one. */
            personScore?: number | null;
            note?: string;
        };
        Service: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "internal" | "partner";
            name: string;
            description: string | null;
            contact: string | null;
            /** @description A deactivated service receives no new referral; it is never deleted. */
            active: boolean;
            /** @description The workers who answer its referrals, by name; always empty for a partner. */
            members: components["schemas"]["ServiceMember"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ServiceInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "internal" | "partner";
            name: string;
            description: string | null;
            contact: string | null;
            /** @description A deactivated service receives no new referral; it is never deleted. */
            active: boolean;
            /** @description The workers who answer its referrals, by name; always empty for a partner. */
            members: components["schemas"]["ServiceMemberInput"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ServiceList: {
            items: components["schemas"]["Service"][];
        };
        ServiceListInput: {
            items: components["schemas"]["ServiceInput"][];
        };
        ServiceMember: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @enum {string} */
            role: "worker" | "lead";
        };
        ServiceMemberInput: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @enum {string} */
            role: "worker" | "lead";
        };
        /** @description The people enrolled on the session’s day, by last name. */
        SessionAttendance: {
            session: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                moduleId: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                place: string | null;
                /** @description It has started: presence and absence can be recorded. */
                started: boolean;
                /** @description How many enrolled people have an attendance mark. */
                recorded: number;
                version: number;
                moduleName: string;
                /** @enum {string} */
                kind: "individual" | "collective";
            };
            items: {
                /** Format: uuid */
                enrolmentId: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @description null: not recorded yet. */
                status: ("present" | "excused" | "absent") | null;
            }[];
        };
        /** @description The people enrolled on the session’s day, by last name. */
        SessionAttendanceInput: {
            session: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                moduleId: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                place: string | null;
                /** @description It has started: presence and absence can be recorded. */
                started: boolean;
                /** @description How many enrolled people have an attendance mark. */
                recorded: number;
                version: number;
                moduleName: string;
                /** @enum {string} */
                kind: "individual" | "collective";
            };
            items: {
                /** Format: uuid */
                enrolmentId: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @description null: not recorded yet. */
                status: ("present" | "excused" | "absent") | null;
            }[];
        };
        SetServiceMembersRequest: {
            /** @description Every member the service has from now on: social workers and team leads of your centre. */
            userIds: string[];
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        SetServiceMembersRequestInput: {
            /** @description Every member the service has from now on: social workers and team leads of your centre. */
            userIds: string[];
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        SigningDelegation: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The worker or team lead who may sign plans on the centre’s behalf.
             */
            userId: string;
            userName: string;
            /**
             * Format: date
             * @description First day of the delegation.
             */
            since: string;
            /** @description Last day of the delegation (included); null while it runs with no end. */
            until: string | null;
            /** @description Whether the delegation covers today (Belgian time). */
            activeToday: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SigningDelegationInput: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The worker or team lead who may sign plans on the centre’s behalf.
             */
            userId: string;
            userName: string;
            /**
             * Format: date
             * @description First day of the delegation.
             */
            since: string;
            /** @description Last day of the delegation (included); null while it runs with no end. */
            until: string | null;
            /** @description Whether the delegation covers today (Belgian time). */
            activeToday: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SigningDelegationList: {
            items: components["schemas"]["SigningDelegation"][];
        };
        SigningDelegationListInput: {
            items: components["schemas"]["SigningDelegationInput"][];
        };
        SignRequest: {
            version: number;
            /** Format: date */
            signedOn: string;
            /** @description null only for a growth plan whose signature the centre does not require. */
            person: ({
                /** @constant */
                kind: "screen";
                /** @description The signature drawn on screen, as a PNG data URL. */
                image: string;
            } | {
                /** @constant */
                kind: "paper";
            }) | null;
            worker: ({
                /** @constant */
                kind: "screen";
                /** @description The signature drawn on screen, as a PNG data URL. */
                image: string;
            } | {
                /** @constant */
                kind: "paper";
            }) | null;
            /**
             * @description The person waives the reflection period they asked for: recorded with the signature.
             * @default false
             */
            reflectionWaived: boolean;
            /** @default null */
            councilNotedOn: string | null;
        };
        SignRequestInput: {
            version: number;
            /** Format: date */
            signedOn: string;
            /** @description null only for a growth plan whose signature the centre does not require. */
            person: ({
                /** @constant */
                kind: "screen";
                /** @description The signature drawn on screen, as a PNG data URL. */
                image: string;
            } | {
                /** @constant */
                kind: "paper";
            }) | null;
            worker: ({
                /** @constant */
                kind: "screen";
                /** @description The signature drawn on screen, as a PNG data URL. */
                image: string;
            } | {
                /** @constant */
                kind: "paper";
            }) | null;
            /**
             * @description The person waives the reflection period they asked for: recorded with the signature.
             * @default false
             */
            reflectionWaived: boolean;
            /** @default null */
            councilNotedOn: string | null;
        };
        Study: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            owner: "federal" | "centre";
            title: components["schemas"]["LocalisedText"];
            questions: components["schemas"]["StudyQuestion"][];
            targetAll: boolean;
            targetCentreIds: string[];
            /** Format: date */
            opensOn: string;
            /** Format: date */
            closesOn: string;
            /** @enum {string} */
            state: "draft" | "published" | "closed";
            version: number;
            /** @description Published and today within its dates: it takes answers. */
            open: boolean;
            /** @description Whether the caller has answered it (always false for managers). */
            answered: boolean;
            /** @description Whether the caller may change, publish, close it and read its results. */
            canManage: boolean;
        };
        StudyAnswer: {
            /** @description Per question id: a scale value 1–5, an option id, or a text; null or absent: skipped. */
            answers: {
                [key: string]: number | string | null;
            };
        };
        StudyAnswerInput: {
            /** @description Per question id: a scale value 1–5, an option id, or a text; null or absent: skipped. */
            answers: {
                [key: string]: number | string | null;
            };
        };
        StudyAnswerReceived: {
            /** @constant */
            received: true;
        };
        StudyAnswerReceivedInput: {
            /** @constant */
            received: true;
        };
        StudyCentres: {
            items: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        StudyCentresInput: {
            items: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        StudyCreate: {
            title: components["schemas"]["LocalisedText"];
            questions: components["schemas"]["StudyQuestion"][];
            /**
             * @description Federal studies: every centre. A centre’s study is always for its own staff only.
             * @default false
             */
            targetAll: boolean;
            /**
             * @description Federal studies not for every centre: the centres addressed.
             * @default []
             */
            targetCentreIds: string[];
            /**
             * Format: date
             * @description First day answers are taken.
             */
            opensOn: string;
            /**
             * Format: date
             * @description Last day answers are taken.
             */
            closesOn: string;
        };
        StudyCreateInput: {
            title: components["schemas"]["LocalisedTextInput"];
            questions: components["schemas"]["StudyQuestionInput"][];
            /**
             * @description Federal studies: every centre. A centre’s study is always for its own staff only.
             * @default false
             */
            targetAll: boolean;
            /**
             * @description Federal studies not for every centre: the centres addressed.
             * @default []
             */
            targetCentreIds: string[];
            /**
             * Format: date
             * @description First day answers are taken.
             */
            opensOn: string;
            /**
             * Format: date
             * @description Last day answers are taken.
             */
            closesOn: string;
        };
        StudyInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            owner: "federal" | "centre";
            title: components["schemas"]["LocalisedTextInput"];
            questions: components["schemas"]["StudyQuestionInput"][];
            targetAll: boolean;
            targetCentreIds: string[];
            /** Format: date */
            opensOn: string;
            /** Format: date */
            closesOn: string;
            /** @enum {string} */
            state: "draft" | "published" | "closed";
            version: number;
            /** @description Published and today within its dates: it takes answers. */
            open: boolean;
            /** @description Whether the caller has answered it (always false for managers). */
            answered: boolean;
            /** @description Whether the caller may change, publish, close it and read its results. */
            canManage: boolean;
        };
        StudyList: {
            items: components["schemas"]["Study"][];
        };
        StudyListInput: {
            items: components["schemas"]["StudyInput"][];
        };
        StudyPatch: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            title?: components["schemas"]["LocalisedText"];
            questions?: components["schemas"]["StudyQuestion"][];
            /** @description Federal studies: every centre. A centre’s study is always for its own staff only. */
            targetAll?: boolean;
            /** @description Federal studies not for every centre: the centres addressed. */
            targetCentreIds?: string[];
            /**
             * Format: date
             * @description First day answers are taken.
             */
            opensOn?: string;
            /**
             * Format: date
             * @description Last day answers are taken.
             */
            closesOn?: string;
        };
        StudyPatchInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            title?: components["schemas"]["LocalisedTextInput"];
            questions?: components["schemas"]["StudyQuestionInput"][];
            /** @description Federal studies: every centre. A centre’s study is always for its own staff only. */
            targetAll?: boolean;
            /** @description Federal studies not for every centre: the centres addressed. */
            targetCentreIds?: string[];
            /**
             * Format: date
             * @description First day answers are taken.
             */
            opensOn?: string;
            /**
             * Format: date
             * @description Last day answers are taken.
             */
            closesOn?: string;
        };
        StudyQuestion: {
            /** @description Letters, digits, _ or -: stable within the questionnaire. */
            id: string;
            /**
             * @description scale1to5: 1 (lowest) to 5 (highest); choice: one of `options`; text: free text.
             * @enum {string}
             */
            kind: "scale1to5" | "choice" | "text";
            text: components["schemas"]["LocalisedText"];
            options?: {
                /** @description Letters, digits, _ or -: stable within the questionnaire. */
                id: string;
                text: components["schemas"]["LocalisedText"];
            }[];
        };
        StudyQuestionInput: {
            /** @description Letters, digits, _ or -: stable within the questionnaire. */
            id: string;
            /**
             * @description scale1to5: 1 (lowest) to 5 (highest); choice: one of `options`; text: free text.
             * @enum {string}
             */
            kind: "scale1to5" | "choice" | "text";
            text: components["schemas"]["LocalisedTextInput"];
            options?: {
                /** @description Letters, digits, _ or -: stable within the questionnaire. */
                id: string;
                text: components["schemas"]["LocalisedTextInput"];
            }[];
        };
        StudyResults: {
            /** Format: uuid */
            studyId: string;
            /** @description How many answered (5 or more, else 409). */
            answers: number;
            questions: {
                id: string;
                /** @enum {string} */
                kind: "scale1to5" | "choice" | "text";
                text: string;
                /** @description A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out). */
                answered: number | string;
                counts: {
                    value: string;
                    label: string;
                    /** @description A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out). */
                    count: number | string;
                }[];
                /** @description Scale questions answered by 5 or more: the mean, 2 decimals. */
                mean: number | null;
            }[];
            /** @description Answers per centre (federal studies). */
            centres: {
                /** Format: uuid */
                centreId: string;
                name: string;
                /** @description A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out). */
                answers: number | string;
            }[];
        };
        StudyResultsInput: {
            /** Format: uuid */
            studyId: string;
            /** @description How many answered (5 or more, else 409). */
            answers: number;
            questions: {
                id: string;
                /** @enum {string} */
                kind: "scale1to5" | "choice" | "text";
                text: string;
                /** @description A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out). */
                answered: number | string;
                counts: {
                    value: string;
                    label: string;
                    /** @description A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out). */
                    count: number | string;
                }[];
                /** @description Scale questions answered by 5 or more: the mean, 2 decimals. */
                mean: number | null;
            }[];
            /** @description Answers per centre (federal studies). */
            centres: {
                /** Format: uuid */
                centreId: string;
                name: string;
                /** @description A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out). */
                answers: number | string;
            }[];
        };
        StudyStep: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        StudyStepInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        /** @description The person of their choice who assists the person: not a party to the contract. */
        SupportPerson: {
            name: string;
            relation: string;
        };
        /** @description The person of their choice who assists the person: not a party to the contract. */
        SupportPersonInput: {
            name: string;
            relation: string;
        };
        TeamDashboard: {
            /** Format: date */
            today: string;
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            workers: {
                /** Format: uuid */
                id: string;
                displayName: string;
                role: string;
                /** @description People the worker is responsible for. */
                files: number;
                /** @description Of them, those with a plan not closed. */
                activeFiles: number;
                /** @description Plans not closed of those people. */
                openPlans: number;
                /** @description Suggested evaluations (evaluation.scheduled) the worker holds, dated from today to 30 days ahead. */
                evaluationsDue: number;
                /** @description Overdue items, as the team table of the day page counts them (GET /today/team). */
                overdue: number;
            }[];
            /** @description Files nobody is responsible for. */
            unassigned: {
                /** @description People the worker is responsible for. */
                files: number;
                /** @description Of them, those with a plan not closed. */
                activeFiles: number;
                /** @description Plans not closed of those people. */
                openPlans: number;
                /** @description Suggested evaluations (evaluation.scheduled) the worker holds, dated from today to 30 days ahead. */
                evaluationsDue: number;
                /** @description Overdue items, as the team table of the day page counts them (GET /today/team). */
                overdue: number;
            };
            centre: {
                /** @description PIIS plans first signed in the period: median days from the decision date to the first signature. */
                daysToSignature: {
                    /** @description Median calendar days; may be a half day; null with no plan. */
                    median: number | null;
                    /** @description The PIIS plans it is computed on. */
                    count: number;
                };
                /** @description Evaluation slots (the schedule of each signed plan’s version in force) that fell due in the period before today, and of them those met by an evaluation held in their window, on or before the slot. */
                evaluationsOnTime: components["schemas"]["DashboardRatio"];
                /** @description Missed evaluations of those recorded (held or missed) in the period. */
                noShows: components["schemas"]["DashboardRatio"];
            };
        };
        TeamDashboardInput: {
            /** Format: date */
            today: string;
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            workers: {
                /** Format: uuid */
                id: string;
                displayName: string;
                role: string;
                /** @description People the worker is responsible for. */
                files: number;
                /** @description Of them, those with a plan not closed. */
                activeFiles: number;
                /** @description Plans not closed of those people. */
                openPlans: number;
                /** @description Suggested evaluations (evaluation.scheduled) the worker holds, dated from today to 30 days ahead. */
                evaluationsDue: number;
                /** @description Overdue items, as the team table of the day page counts them (GET /today/team). */
                overdue: number;
            }[];
            /** @description Files nobody is responsible for. */
            unassigned: {
                /** @description People the worker is responsible for. */
                files: number;
                /** @description Of them, those with a plan not closed. */
                activeFiles: number;
                /** @description Plans not closed of those people. */
                openPlans: number;
                /** @description Suggested evaluations (evaluation.scheduled) the worker holds, dated from today to 30 days ahead. */
                evaluationsDue: number;
                /** @description Overdue items, as the team table of the day page counts them (GET /today/team). */
                overdue: number;
            };
            centre: {
                /** @description PIIS plans first signed in the period: median days from the decision date to the first signature. */
                daysToSignature: {
                    /** @description Median calendar days; may be a half day; null with no plan. */
                    median: number | null;
                    /** @description The PIIS plans it is computed on. */
                    count: number;
                };
                /** @description Evaluation slots (the schedule of each signed plan’s version in force) that fell due in the period before today, and of them those met by an evaluation held in their window, on or before the slot. */
                evaluationsOnTime: components["schemas"]["DashboardRatioInput"];
                /** @description Missed evaluations of those recorded (held or missed) in the period. */
                noShows: components["schemas"]["DashboardRatioInput"];
            };
        };
        TeamDay: {
            /** Format: date */
            today: string;
            /** @description The team’s overdue items, all workers together. */
            overdue: number;
            workers: {
                /** Format: uuid */
                id: string;
                displayName: string;
                role: string;
                /** @description The files the worker is responsible for. */
                files: number;
                overdue: number;
                thisWeek: number;
                later: number;
            }[];
            /** @description Items of files nobody is responsible for. */
            unassigned: {
                overdue: number;
                thisWeek: number;
                later: number;
            };
        };
        TeamDayInput: {
            /** Format: date */
            today: string;
            /** @description The team’s overdue items, all workers together. */
            overdue: number;
            workers: {
                /** Format: uuid */
                id: string;
                displayName: string;
                role: string;
                /** @description The files the worker is responsible for. */
                files: number;
                overdue: number;
                thisWeek: number;
                later: number;
            }[];
            /** @description Items of files nobody is responsible for. */
            unassigned: {
                overdue: number;
                thisWeek: number;
                later: number;
            };
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
            type: "person.registered" | "person.updated" | "person.reassigned" | "assessment.recorded" | "assessment.updated" | "assessment.withdrawn" | "measurement.recorded" | "measurement.corrected" | "measurement.withdrawn" | "journal.written" | "journal.corrected" | "instrument.loaded" | "module.created" | "module.changed" | "module.sessionPlanned" | "module.sessionChanged" | "module.enrolled" | "module.left" | "attendance.recorded" | "trajectory.drafted" | "trajectory.updated" | "trajectory.informed" | "trajectory.signed" | "trajectory.amended" | "trajectory.closed" | "interview.requested" | "evaluation.recorded" | "evaluation.corrected" | "centre.policyChanged" | "centre.delegationGranted" | "centre.delegationChanged" | "sanction.proposed" | "sanction.corrected" | "sanction.approved" | "sanction.refused" | "sanction.decided" | "sanction.withdrawn" | "report.yearChanged" | "report.yearClosed" | "trajectory.costRecorded" | "trajectory.costRemoved" | "service.created" | "service.changed" | "service.membersChanged" | "referral.sent" | "referral.accepted" | "referral.declined" | "referral.withdrawn" | "referral.ended" | "study.created" | "study.changed" | "study.published" | "study.closed";
            /** @enum {string} */
            kind: "registered" | "person" | "assessment" | "measurement" | "journal_entry" | "trajectory";
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
                [key: string]: string | number | boolean | string[];
            };
            /** @description The record was since withdrawn as a mistake (a later `*.withdrawn` event names it). */
            withdrawn: boolean;
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
            type: "person.registered" | "person.updated" | "person.reassigned" | "assessment.recorded" | "assessment.updated" | "assessment.withdrawn" | "measurement.recorded" | "measurement.corrected" | "measurement.withdrawn" | "journal.written" | "journal.corrected" | "instrument.loaded" | "module.created" | "module.changed" | "module.sessionPlanned" | "module.sessionChanged" | "module.enrolled" | "module.left" | "attendance.recorded" | "trajectory.drafted" | "trajectory.updated" | "trajectory.informed" | "trajectory.signed" | "trajectory.amended" | "trajectory.closed" | "interview.requested" | "evaluation.recorded" | "evaluation.corrected" | "centre.policyChanged" | "centre.delegationGranted" | "centre.delegationChanged" | "sanction.proposed" | "sanction.corrected" | "sanction.approved" | "sanction.refused" | "sanction.decided" | "sanction.withdrawn" | "report.yearChanged" | "report.yearClosed" | "trajectory.costRecorded" | "trajectory.costRemoved" | "service.created" | "service.changed" | "service.membersChanged" | "referral.sent" | "referral.accepted" | "referral.declined" | "referral.withdrawn" | "referral.ended" | "study.created" | "study.changed" | "study.published" | "study.closed";
            /** @enum {string} */
            kind: "registered" | "person" | "assessment" | "measurement" | "journal_entry" | "trajectory";
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
                [key: string]: string | number | boolean | string[];
            };
            /** @description The record was since withdrawn as a mistake (a later `*.withdrawn` event names it). */
            withdrawn: boolean;
        };
        TimelineInput: {
            items: components["schemas"]["TimelineEventInput"][];
        };
        Today: {
            /** Format: date */
            today: string;
            /**
             * Format: date
             * @description The last day the list looks at: today and 14 days.
             */
            horizon: string;
            worker: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            counts: {
                overdue: number;
                thisWeek: number;
                later: number;
            };
            /** @description Date order, then the person’s name. */
            items: components["schemas"]["WorkItem"][];
        };
        TodayInput: {
            /** Format: date */
            today: string;
            /**
             * Format: date
             * @description The last day the list looks at: today and 14 days.
             */
            horizon: string;
            worker: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            counts: {
                overdue: number;
                thisWeek: number;
                later: number;
            };
            /** @description Date order, then the person’s name. */
            items: components["schemas"]["WorkItemInput"][];
        };
        Trajectory: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @description Who follows the person’s file. */
            responsibleUserId: string | null;
            /** @enum {string} */
            form: "piis" | "growthPlan";
            /** @enum {string} */
            state: "draft" | "informed" | "active" | "closed";
            /** @enum {string} */
            situation: "integrationIncome" | "equivalentAid" | "noFinancialAid";
            incomeCategory: ("cohabiting" | "single" | "family") | null;
            decisionDate: string | null;
            notificationDate: string | null;
            incomeInPreviousThreeMonths: boolean | null;
            exemption: {
                /** @enum {string} */
                reason: "health" | "equity";
                justification: string;
            } | null;
            assessmentId: string | null;
            reactualisedAfterShortJob: boolean;
            obligation: components["schemas"]["PiisObligation"];
            /** @description The law requires a PIIS and this plan is a growth plan: flagged until a PIIS is drafted. */
            mandatoryPiisMissing: boolean;
            /** @description True only for a beneficiary of the integration income: a sanction suspends it. */
            sanctionsMayApply: boolean;
            currentVersion: number;
            /** @description The current version: the one in force, or the amendment being prepared. */
            plan: components["schemas"]["PlanVersion"];
            subsidyExtensionMotivatedOn: string | null;
            closedOn: string | null;
            outcome: ("socioProfessional" | "reinforcedAutonomy" | "volunteering" | "employment" | "studiesCompleted" | "stoppedByPerson" | "movedToAnotherCentre" | "endOfRight" | "other") | null;
            closureNote: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TrajectoryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @description Who follows the person’s file. */
            responsibleUserId: string | null;
            /** @enum {string} */
            form: "piis" | "growthPlan";
            /** @enum {string} */
            state: "draft" | "informed" | "active" | "closed";
            /** @enum {string} */
            situation: "integrationIncome" | "equivalentAid" | "noFinancialAid";
            incomeCategory: ("cohabiting" | "single" | "family") | null;
            decisionDate: string | null;
            notificationDate: string | null;
            incomeInPreviousThreeMonths: boolean | null;
            exemption: {
                /** @enum {string} */
                reason: "health" | "equity";
                justification: string;
            } | null;
            assessmentId: string | null;
            reactualisedAfterShortJob: boolean;
            obligation: components["schemas"]["PiisObligationInput"];
            /** @description The law requires a PIIS and this plan is a growth plan: flagged until a PIIS is drafted. */
            mandatoryPiisMissing: boolean;
            /** @description True only for a beneficiary of the integration income: a sanction suspends it. */
            sanctionsMayApply: boolean;
            currentVersion: number;
            /** @description The current version: the one in force, or the amendment being prepared. */
            plan: components["schemas"]["PlanVersionInput"];
            subsidyExtensionMotivatedOn: string | null;
            closedOn: string | null;
            outcome: ("socioProfessional" | "reinforcedAutonomy" | "volunteering" | "employment" | "studiesCompleted" | "stoppedByPerson" | "movedToAnotherCentre" | "endOfRight" | "other") | null;
            closureNote: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TrajectoryPage: {
            items: components["schemas"]["Trajectory"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        TrajectoryPageInput: {
            items: components["schemas"]["TrajectoryInput"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
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
        UpdateCentrePolicyRequest: {
            /**
             * @description The 3 months to conclude a PIIS count from the decision date (default) or its notification.
             * @enum {string}
             */
            deadlineAnchor?: "decision" | "notification";
            /** @description The reflection period the person may ask for (5 at least). */
            reflectionDays?: number;
            /**
             * @description Calendar days (default) or working days (no weekends, no Belgian public holidays).
             * @enum {string}
             */
            reflectionDayKind?: "calendar" | "working";
            /** @description At least 3 evaluations per 12 months by law; a centre may ask more. */
            evaluation?: {
                /** @constant */
                kind: "perYear";
                /** @description Evaluations per 12 months (3 at least). */
                minimum: number;
            } | {
                /** @constant */
                kind: "everyMonths";
                /** @description One evaluation every N months (at most 4: 3 a year). */
                months: number;
            };
            /** @description Of the evaluations per 12 months, how many in personal contact (2 at least). */
            inPersonMinimum?: number;
            /** @description Whether a light growth plan must be signed (some centres find signatures push people away). */
            growthPlanSignatureRequired?: boolean;
            /** @description Warn before the 10 % PIIS subsidy period lapses. */
            subsidyWarnings?: boolean;
            /**
             * @description Who approves a sanction proposal before it is decided: team leads (default), or team leads and administrators. Never the worker who proposed it.
             * @enum {string}
             */
            sanctionApprovers?: "lead" | "leadOrAdmin";
            /** @description The version you read (0 when the centre never changed its policy): a stale one gets 409. */
            version: number;
        };
        UpdateCentrePolicyRequestInput: {
            /**
             * @description The 3 months to conclude a PIIS count from the decision date (default) or its notification.
             * @enum {string}
             */
            deadlineAnchor?: "decision" | "notification";
            /** @description The reflection period the person may ask for (5 at least). */
            reflectionDays?: number;
            /**
             * @description Calendar days (default) or working days (no weekends, no Belgian public holidays).
             * @enum {string}
             */
            reflectionDayKind?: "calendar" | "working";
            /** @description At least 3 evaluations per 12 months by law; a centre may ask more. */
            evaluation?: {
                /** @constant */
                kind: "perYear";
                /** @description Evaluations per 12 months (3 at least). */
                minimum: number;
            } | {
                /** @constant */
                kind: "everyMonths";
                /** @description One evaluation every N months (at most 4: 3 a year). */
                months: number;
            };
            /** @description Of the evaluations per 12 months, how many in personal contact (2 at least). */
            inPersonMinimum?: number;
            /** @description Whether a light growth plan must be signed (some centres find signatures push people away). */
            growthPlanSignatureRequired?: boolean;
            /** @description Warn before the 10 % PIIS subsidy period lapses. */
            subsidyWarnings?: boolean;
            /**
             * @description Who approves a sanction proposal before it is decided: team leads (default), or team leads and administrators. Never the worker who proposed it.
             * @enum {string}
             */
            sanctionApprovers?: "lead" | "leadOrAdmin";
            /** @description The version you read (0 when the centre never changed its policy): a stale one gets 409. */
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
        UpdateModuleRequest: {
            name?: string;
            /**
             * @description individual: followed by each person on their own; collective: a group meets at each session.
             * @enum {string}
             */
            kind?: "individual" | "collective";
            description?: string | null;
            partnerId?: string | null;
            capacity?: number | null;
            /** @description false deactivates the module; true brings it back. */
            active?: boolean;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateModuleRequestInput: {
            name?: string;
            /**
             * @description individual: followed by each person on their own; collective: a group meets at each session.
             * @enum {string}
             */
            kind?: "individual" | "collective";
            description?: string | null;
            partnerId?: string | null;
            capacity?: number | null;
            /** @description false deactivates the module; true brings it back. */
            active?: boolean;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateModuleSessionRequest: {
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            endsAt?: string;
            place?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateModuleSessionRequestInput: {
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).
             */
            endsAt?: string;
            place?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
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
            /** @description Street of the address in Belgium. */
            street?: string | null;
            /** @description House number, with its letter if any (12A). */
            houseNumber?: string | null;
            /** @description Box (bus, boîte). */
            box?: string | null;
            /** @description Belgian postcode, 4 digits; it must exist. Sent without `municipality`, the municipality is filled in when the postcode serves only one (in the person’s language). */
            postcode?: string | null;
            /** @description Municipality, or the locality of the postcode (5100 Jambes), in French, Dutch or German: checked against the postcode, accents and case aside. */
            municipality?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /** @description The warnings you have shown and the worker has confirmed: the change is saved despite them, and the confirmation is audited. Without it a warning answers 409 `confirm-warnings` and nothing is saved. */
            confirmWarnings?: ("sexParity" | "possibleDuplicate")[];
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
            /** @description Street of the address in Belgium. */
            street?: string | null;
            /** @description House number, with its letter if any (12A). */
            houseNumber?: string | null;
            /** @description Box (bus, boîte). */
            box?: string | null;
            /** @description Belgian postcode, 4 digits; it must exist. Sent without `municipality`, the municipality is filled in when the postcode serves only one (in the person’s language). */
            postcode?: string | null;
            /** @description Municipality, or the locality of the postcode (5100 Jambes), in French, Dutch or German: checked against the postcode, accents and case aside. */
            municipality?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /** @description The warnings you have shown and the worker has confirmed: the change is saved despite them, and the confirmation is audited. Without it a warning answers 409 `confirm-warnings` and nothing is saved. */
            confirmWarnings?: ("sexParity" | "possibleDuplicate")[];
        };
        UpdateServiceRequest: {
            name?: string;
            description?: string | null;
            contact?: string | null;
            /** @description false deactivates it (it is never deleted); true again. */
            active?: boolean;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateServiceRequestInput: {
            name?: string;
            description?: string | null;
            contact?: string | null;
            /** @description false deactivates it (it is never deleted); true again. */
            active?: boolean;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateSigningDelegationRequest: {
            /** @description The last day the delegation covers (included), not before its first; null: no end. */
            until: string | null;
        };
        UpdateSigningDelegationRequestInput: {
            /** @description The last day the delegation covers (included), not before its first; null: no end. */
            until: string | null;
        };
        UpdateTrajectoryRequest: {
            /**
             * @description piis: the legal contract; growthPlan: a light plan (groeiplan).
             * @enum {string}
             */
            form?: "piis" | "growthPlan";
            /**
             * @description integrationIncome, equivalentAid, or noFinancialAid (a user in the broad sense: a plan is possible, sanctions never apply).
             * @enum {string}
             */
            situation?: "integrationIncome" | "equivalentAid" | "noFinancialAid";
            incomeCategory?: ("cohabiting" | "single" | "family") | null;
            /** @description The date of the integration-income decision. */
            decisionDate?: string | null;
            /** @description When the decision was notified. */
            notificationDate?: string | null;
            /** @description Whether the person had the integration income in the 3 months before this grant. */
            incomeInPreviousThreeMonths?: boolean | null;
            /** @description A mandatory PIIS waived for health or equity reasons, with its written justification. */
            exemption?: {
                /** @enum {string} */
                reason: "health" | "equity";
                justification: string;
            } | null;
            /** @description The social assessment it rests on: the latest by default. */
            assessmentId?: string | null;
            /** @description A plan re-actualised after a job of under 3 months: no new assessment needed. */
            reactualisedAfterShortJob?: boolean;
            /** @description One or more; a mixed plan is allowed. Community service only with the person’s recorded agreement. */
            orientations?: ("employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService")[];
            /** @description When the person agreed to community service. */
            communityServiceAgreedOn?: string | null;
            objectives?: components["schemas"]["PlanObjective"][];
            personCommitments?: components["schemas"]["PlanCommitment"][];
            centreCommitments?: components["schemas"]["PlanCommitment"][];
            actions?: components["schemas"]["PlanAction"][];
            /** @description Other parties to the contract (a training centre…). */
            parties?: components["schemas"]["PlanParty"][];
            supportPerson?: components["schemas"]["SupportPerson"] | null;
            /** @description How evaluations happen, in plain words. */
            evaluationArrangements?: string;
            startOn?: string | null;
            plannedEndOn?: string | null;
            /** @description When the written motivation for a second subsidy year was made. */
            subsidyExtensionMotivatedOn?: string | null;
            /** @description The council session that took note of the signed version: may be set after signing. */
            councilNotedOn?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        UpdateTrajectoryRequestInput: {
            /**
             * @description piis: the legal contract; growthPlan: a light plan (groeiplan).
             * @enum {string}
             */
            form?: "piis" | "growthPlan";
            /**
             * @description integrationIncome, equivalentAid, or noFinancialAid (a user in the broad sense: a plan is possible, sanctions never apply).
             * @enum {string}
             */
            situation?: "integrationIncome" | "equivalentAid" | "noFinancialAid";
            incomeCategory?: ("cohabiting" | "single" | "family") | null;
            /** @description The date of the integration-income decision. */
            decisionDate?: string | null;
            /** @description When the decision was notified. */
            notificationDate?: string | null;
            /** @description Whether the person had the integration income in the 3 months before this grant. */
            incomeInPreviousThreeMonths?: boolean | null;
            /** @description A mandatory PIIS waived for health or equity reasons, with its written justification. */
            exemption?: {
                /** @enum {string} */
                reason: "health" | "equity";
                justification: string;
            } | null;
            /** @description The social assessment it rests on: the latest by default. */
            assessmentId?: string | null;
            /** @description A plan re-actualised after a job of under 3 months: no new assessment needed. */
            reactualisedAfterShortJob?: boolean;
            /** @description One or more; a mixed plan is allowed. Community service only with the person’s recorded agreement. */
            orientations?: ("employment" | "training" | "studies" | "socialIntegration" | "socialActivation" | "communityService")[];
            /** @description When the person agreed to community service. */
            communityServiceAgreedOn?: string | null;
            objectives?: components["schemas"]["PlanObjectiveInput"][];
            personCommitments?: components["schemas"]["PlanCommitmentInput"][];
            centreCommitments?: components["schemas"]["PlanCommitmentInput"][];
            actions?: components["schemas"]["PlanActionInput"][];
            /** @description Other parties to the contract (a training centre…). */
            parties?: components["schemas"]["PlanPartyInput"][];
            supportPerson?: components["schemas"]["SupportPersonInput"] | null;
            /** @description How evaluations happen, in plain words. */
            evaluationArrangements?: string;
            startOn?: string | null;
            plannedEndOn?: string | null;
            /** @description When the written motivation for a second subsidy year was made. */
            subsidyExtensionMotivatedOn?: string | null;
            /** @description The council session that took note of the signed version: may be set after signing. */
            councilNotedOn?: string | null;
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        VersionRequest: {
            version: number;
        };
        VersionRequestInput: {
            version: number;
        };
        /** @description Set when the record was withdrawn as a mistake; null otherwise. */
        Withdrawal: {
            /** Format: date-time */
            at: string;
            /** @description Name of the user who withdrew it. */
            by: string | null;
            reason: string;
        } | null;
        /** @description Set when the record was withdrawn as a mistake; null otherwise. */
        WithdrawalInput: {
            /** Format: date-time */
            at: string;
            /** @description Name of the user who withdrew it. */
            by: string | null;
            reason: string;
        } | null;
        WithdrawalRequest: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /** @description Why it is withdrawn (e.g. "recorded in the wrong file"): kept with the record. */
            reason: string;
        };
        WithdrawalRequestInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
            /** @description Why it is withdrawn (e.g. "recorded in the wrong file"): kept with the record. */
            reason: string;
        };
        WithdrawReferralRequest: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day it was withdrawn; today if omitted.
             */
            withdrawnOn?: string;
            note?: string | null;
        };
        WithdrawReferralRequestInput: {
            /** @description The version of the referral you read: a stale one gets 409. */
            version: number;
            /**
             * Format: date
             * @description The day it was withdrawn; today if omitted.
             */
            withdrawnOn?: string;
            note?: string | null;
        };
        WithdrawSanctionRequest: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        WithdrawSanctionRequestInput: {
            /** @description The version you read: a stale version gets 409. */
            version: number;
        };
        Worker: {
            /** Format: uuid */
            id: string;
            displayName: string;
            /**
             * @description Administrators are listed only with `include=staff`.
             * @enum {string}
             */
            role: "worker" | "lead" | "admin";
            /** @description How many people this worker follows. */
            files: number;
        };
        WorkerDashboard: {
            /** Format: date */
            today: string;
            worker: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            caseload: {
                /** @description People the worker is responsible for. */
                people: number;
                /** @description Of them, those with a plan not closed (active files). */
                withOpenPlan: number;
                /** @description Plans not closed of those people, by state. */
                openPlans: {
                    draft: number;
                    informed: number;
                    active: number;
                };
            };
            /** @description The counts of the worker’s today list (GET /today): overdue, this week, later (to 14 days). */
            due: {
                overdue: number;
                thisWeek: number;
                later: number;
            };
            /** @description Signed plans in force of the worker’s people whose planned end is from today to 60 days ahead, by date. */
            endingSoon: {
                /** Format: uuid */
                trajectoryId: string;
                person: {
                    /** Format: uuid */
                    id: string;
                    firstName: string;
                    lastName: string;
                    displayName: string;
                };
                /** Format: date */
                plannedEndOn: string;
            }[];
        };
        WorkerDashboardInput: {
            /** Format: date */
            today: string;
            worker: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            caseload: {
                /** @description People the worker is responsible for. */
                people: number;
                /** @description Of them, those with a plan not closed (active files). */
                withOpenPlan: number;
                /** @description Plans not closed of those people, by state. */
                openPlans: {
                    draft: number;
                    informed: number;
                    active: number;
                };
            };
            /** @description The counts of the worker’s today list (GET /today): overdue, this week, later (to 14 days). */
            due: {
                overdue: number;
                thisWeek: number;
                later: number;
            };
            /** @description Signed plans in force of the worker’s people whose planned end is from today to 60 days ahead, by date. */
            endingSoon: {
                /** Format: uuid */
                trajectoryId: string;
                person: {
                    /** Format: uuid */
                    id: string;
                    firstName: string;
                    lastName: string;
                    displayName: string;
                };
                /** Format: date */
                plannedEndOn: string;
            }[];
        };
        WorkerInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            /**
             * @description Administrators are listed only with `include=staff`.
             * @enum {string}
             */
            role: "worker" | "lead" | "admin";
            /** @description How many people this worker follows. */
            files: number;
        };
        WorkerList: {
            items: components["schemas"]["Worker"][];
        };
        WorkerListInput: {
            items: components["schemas"]["WorkerInput"][];
        };
        WorkItem: {
            /** @description Stable within the list: the same item keeps its key from one day to the next. */
            key: string;
            /**
             * @description The rule that makes it due: a rule of the legal engine (see GET /trajectories/{id}/deadlines), action.due, plan.end, referral.awaitingAnswer or sanction.awaitingApproval.
             * @enum {string}
             */
            rule: "piis.conclusion" | "piis.reflection" | "evaluation.scheduled" | "evaluation.minimum" | "interview.onRequest" | "activation.maxDuration" | "subsidy.extension" | "subsidy.end" | "action.due" | "plan.end" | "referral.awaitingAnswer" | "sanction.awaitingApproval";
            /**
             * Format: date
             * @description The day it is due; before today: overdue.
             */
            date: string;
            /**
             * @description overdue, thisWeek (to Sunday), later (to the 14th day).
             * @enum {string}
             */
            group: "overdue" | "thisWeek" | "later";
            person: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            /** Format: uuid */
            trajectoryId: string;
            /** @description What to open to do it. */
            subject: {
                /** @enum {string} */
                type: "trajectory" | "referral" | "sanction";
                /** Format: uuid */
                id: string;
            };
            /** @description The API address of the subject. */
            href: string;
            /** @description For an evaluation: one of those to hold in personal contact. */
            inPerson?: boolean;
            /** @description For action.due: the action of the plan. */
            actionId?: string;
            /** @description For action.due: what the action is. */
            detail?: string;
        };
        WorkItemInput: {
            /** @description Stable within the list: the same item keeps its key from one day to the next. */
            key: string;
            /**
             * @description The rule that makes it due: a rule of the legal engine (see GET /trajectories/{id}/deadlines), action.due, plan.end, referral.awaitingAnswer or sanction.awaitingApproval.
             * @enum {string}
             */
            rule: "piis.conclusion" | "piis.reflection" | "evaluation.scheduled" | "evaluation.minimum" | "interview.onRequest" | "activation.maxDuration" | "subsidy.extension" | "subsidy.end" | "action.due" | "plan.end" | "referral.awaitingAnswer" | "sanction.awaitingApproval";
            /**
             * Format: date
             * @description The day it is due; before today: overdue.
             */
            date: string;
            /**
             * @description overdue, thisWeek (to Sunday), later (to the 14th day).
             * @enum {string}
             */
            group: "overdue" | "thisWeek" | "later";
            person: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            /** Format: uuid */
            trajectoryId: string;
            /** @description What to open to do it. */
            subject: {
                /** @enum {string} */
                type: "trajectory" | "referral" | "sanction";
                /** Format: uuid */
                id: string;
            };
            /** @description The API address of the subject. */
            href: string;
            /** @description For an evaluation: one of those to hold in personal contact. */
            inPerson?: boolean;
            /** @description For action.due: the action of the plan. */
            actionId?: string;
            /** @description For action.due: what the action is. */
            detail?: string;
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
