// Generated from specs/exante.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/api/user': {
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
    /** Update current user profile */
    patch: operations['updateCurrentUserProfile'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Company: {
      /** Format: uuid */
      uid?: string;
      name?: string;
      owner_id?: string;
      max_documents?: number;
    };
    Organization: {
      /** Format: uuid */
      uid?: string;
      name?: string;
      /** Format: uuid */
      company_uid?: string;
    };
    /** @description Request body of PATCH /api/user. */
    UpdateProfileRequest: {
      /** @description Alphabetic characters only */
      firstname?: string;
      /** @description Alphabetic characters only */
      lastname?: string;
      /**
       * @description Valid IANA timezone identifier
       * @example America/New_York
       */
      timezone?: string;
      /**
       * Format: uuid
       * @description UID of the organization to set as default. User must be a member of this organization.
       */
      default_organization?: string;
      /** @description Key-value pairs of user settings (e.g., active_company_uid, theme). Values must be JSON-serializable. */
      settings?: {
        [key: string]: unknown;
      };
    };
    User: {
      id?: string;
      /** Format: uuid */
      uid?: string;
      firstname?: string;
      lastname?: string;
      fullname?: string;
      email?: string;
      timezone?: string;
      default_timezone?: string;
      avatar?: string;
      /** Format: uuid */
      default_organization?: string;
      active_company?: components['schemas']['Company'];
      organizations?: components['schemas']['Organization'][];
      permissions_in_default_organization?: string[];
      features?: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      first_seen?: string;
      /** Format: date-time */
      last_seen?: string;
      settings?: {
        [key: string]: unknown;
      };
    };
    /** @description Response body of PATCH /api/user. */
    UserProfileResponse: {
      /** @example success */
      status?: string;
      /** @example 200 */
      status_code?: number;
      /** @example Success */
      message?: string;
      data?: components['schemas']['UserProfileResponseData'];
    };
    UserProfileResponseData: {
      user?: components['schemas']['User'];
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
         *       "firstname": "<string>",
         *       "lastname": "<string>",
         *       "timezone": "America/New_York",
         *       "default_organization": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
         *       "settings": {}
         *     }
         */
        'application/json': components['schemas']['UpdateProfileRequest'];
      };
    };
    responses: {
      /** @description User profile updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "status_code": 200,
           *       "message": "Success",
           *       "data": {
           *         "user": {
           *           "id": "<string>",
           *           "uid": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *           "firstname": "<string>",
           *           "lastname": "<string>",
           *           "fullname": "<string>",
           *           "email": "<string>",
           *           "timezone": "<string>",
           *           "default_timezone": "<string>",
           *           "avatar": "<string>",
           *           "default_organization": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *           "active_company": {
           *             "uid": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *             "name": "<string>",
           *             "owner_id": "<string>",
           *             "max_documents": 123
           *           },
           *           "organizations": [
           *             {
           *               "uid": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *               "name": "<string>",
           *               "company_uid": "3c90c3cc-0d44-4b50-8888-8dd25736052a"
           *             }
           *           ],
           *           "permissions_in_default_organization": [
           *             "<string>"
           *           ],
           *           "features": {},
           *           "first_seen": "2023-11-07T05:31:56Z",
           *           "last_seen": "2023-11-07T05:31:56Z",
           *           "settings": {}
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['UserProfileResponse'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Company = components['schemas']['Company'];
export type Organization = components['schemas']['Organization'];
export type UpdateProfileRequest = components['schemas']['UpdateProfileRequest'];
export type User = components['schemas']['User'];
export type UserProfileResponse = components['schemas']['UserProfileResponse'];
export type UserProfileResponseData = components['schemas']['UserProfileResponseData'];
export type UpdateCurrentUserProfileBody = NonNullable<
  paths['/api/user']['patch']['requestBody']
>['content']['application/json'];
export type UpdateCurrentUserProfileResponse200 =
  paths['/api/user']['patch']['responses'][200]['content']['application/json'];
