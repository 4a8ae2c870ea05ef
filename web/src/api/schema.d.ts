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
         * @description Checks the email and password and sets the session cookie (HttpOnly, SameSite=Lax). After 5 failed attempts for an account or an address within 15 minutes, answers 429 with Retry-After.
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
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search the people of your centre
         * @description Sorted by last name then first name. Pages with `limit` and `cursor`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    /** @description Name (accent- and case-insensitive, any order of words) or national number (with or without separators). */
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of your centre
         * @description Who read or changed what, newest first. Centre administrators only.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the previous page. */
                    cursor?: string;
                    /** @description Only the events about this person. */
                    personId?: string;
                    action?: "session.login" | "session.logout" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update";
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        AuditEventInput: {
            /** @description Increasing identifier (a 64-bit integer as a string). */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "session.login" | "session.logout" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update";
            actorUserId: string | null;
            actorName: string | null;
            personId: string | null;
            subjectType: string | null;
            subjectId: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditEventPageInput: {
            items: components["schemas"]["AuditEventInput"][];
            /** @description Pass as cursor to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        LoginRequestInput: {
            email: string;
            password: string;
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
        };
        UpdateMeRequestInput: {
            /**
             * @description Language of the interface and of error messages.
             * @enum {string}
             */
            locale: "fr" | "nl" | "de" | "en";
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
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
        AuditEvent: {
            /** @description Increasing identifier (a 64-bit integer as a string). */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "session.login" | "session.logout" | "user.update" | "person.list" | "person.read" | "person.create" | "person.update";
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
        LoginRequest: {
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
        };
        UpdateMeRequest: {
            /**
             * @description Language of the interface and of error messages.
             * @enum {string}
             */
            locale: "fr" | "nl" | "de" | "en";
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
