// Generated from specs/tetherai.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/api/user/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update current user profile */
    put: operations['updateCurrentUserProfile'];
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
    /** @enum {string} */
    AccessRole: 'SUPERADMIN' | 'ADMIN' | 'DEPARTMENT_HEAD' | 'SALES_REP';
    /**
     * @description Persona document linked to a user (may be null when unset).
     * @example {
     *       "_id": "64eea1110000000000000040",
     *       "user": "Alex Rep",
     *       "position": "Senior Account Executive",
     *       "userEmail": "alex@acme.example",
     *       "organization": "Acme Corp",
     *       "organizationAddress": "500 Bay St, Toronto, ON",
     *       "leadProvider": "Facebook Lead Ads",
     *       "organizationWebsite": "https://acme.example",
     *       "organizationCity": "Toronto",
     *       "region": "Ontario",
     *       "timezone": "America/Toronto",
     *       "businessHours": "9am-6pm Mon-Fri"
     *     }
     */
    Persona: {
      _id?: string;
      user?: string;
      position?: string;
      userEmail?: string;
      organization?: string;
      organizationAddress?: string;
      leadProvider?: string;
      organizationWebsite?: string;
      organizationCity?: string;
      region?: string;
      timezone?: string;
      businessHours?: string;
    };
    /** @description Request body of PUT /api/user/profile. */
    UpdateProfileRequest: {
      /** @description Display name shown across the UI and on outbound messages signed by this user. */
      fullName?: string;
      /**
       * Format: email
       * @description Primary login email; must be unique across all users — endpoint returns 409 if already taken.
       */
      email?: string;
      /** @description Personal mobile number (E.164 preferred); rejected if it collides with a provisioned organization SMS number. */
      phoneNumber?: string;
      /** @description Free-form job title (e.g., "Senior Account Executive"); used for display only. */
      designation?: string;
      /** @description Assigned Sinch outbound number; used as the from-number on user-attributed SMS. */
      sinchPhoneNumber?: string;
      /** @description ObjectId of the Department the user belongs to; controls team visibility and routing. */
      departmentId?: string;
      /** @description Role granted to the user: SUPERADMIN, ADMIN, DEPARTMENT_HEAD, SALES_REP. */
      accessRole?: components['schemas']['AccessRole'];
      /** @description Per-user automation toggles and configuration (free-form map persisted as Mixed on the User document). */
      automations?: {
        [key: string]: unknown;
      };
      /** @description Whether inbound calls should be forwarded to the user personal phone when they are offline or busy. */
      callForwardingEnabled?: boolean;
      /** @description Per-category notification toggles (aiResponses, automationTriggers, escalations, calls, etc.). See UserNotificationPreferences. */
      notificationPreferences?: {
        [key: string]: unknown;
      };
      /** @description Persona fields written to the user linked Persona document; created on first set, otherwise merged. businessHours/timezone require the org-level override flag. */
      persona?: {
        [key: string]: unknown;
      };
    };
    /** @description Returned after PUT /api/user/profile. Returns the refreshed user plus the updated persona side-by-side. */
    UpdateProfileResponse: {
      /** @description Refreshed User document (with sensitive fields stripped). */
      user: components['schemas']['User'];
      /** @description Persona document linked to a user (may be null when unset). */
      persona: components['schemas']['Persona'] | null;
    };
    User: {
      _id?: string;
      /** Format: email */
      email?: string;
      fullName?: string;
      phoneNumber?: string;
      organizationId?: string;
      accessRole?: components['schemas']['AccessRole'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  updateCurrentUserProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "fullName": "Alex Rep",
         *       "email": "alex@acme.example",
         *       "phoneNumber": "+14155550199",
         *       "designation": "Senior Account Executive",
         *       "callForwardingEnabled": true
         *     }
         */
        'application/json': components['schemas']['UpdateProfileRequest'];
      };
    };
    responses: {
      /** @description Profile updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user": {
           *         "_id": "5f7b1c2e8a1d4e0012c3b4a5",
           *         "email": "admin@acme.example",
           *         "fullName": "Acme Admin",
           *         "phoneNumber": "+14165550100",
           *         "organizationId": "64a1b2c3d4e5f60012345678",
           *         "accessRole": "ADMIN"
           *       },
           *       "persona": {
           *         "position": "Leasing Manager",
           *         "region": "Toronto",
           *         "timezone": "America/Toronto"
           *       }
           *     }
           */
          'application/json': components['schemas']['UpdateProfileResponse'];
        };
      };
      /** @description The email is already taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type AccessRole = components['schemas']['AccessRole'];
export type Persona = components['schemas']['Persona'];
export type UpdateProfileRequest = components['schemas']['UpdateProfileRequest'];
export type UpdateProfileResponse = components['schemas']['UpdateProfileResponse'];
export type User = components['schemas']['User'];
export type UpdateCurrentUserProfileBody = NonNullable<
  paths['/api/user/profile']['put']['requestBody']
>['content']['application/json'];
export type UpdateCurrentUserProfileResponse200 =
  paths['/api/user/profile']['put']['responses'][200]['content']['application/json'];
export type UpdateCurrentUserProfileResponse409 = undefined;
