// Generated from specs/upsun.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/organizations/{organization_id}/profile': {
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
    patch: operations['updateOrganizationProfile'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Money: {
      amount?: number;
      currency_code?: string;
      currency_symbol?: string;
      formatted?: string;
    };
    Price: {
      formatted?: string;
      amount?: string;
      currency?: string;
      currency_symbol?: string;
    };
    /** @description The user profile. */
    Profile: {
      /**
       * Format: uuid
       * @description The user's unique ID.
       */
      id?: string;
      /** @description The user's display name. */
      display_name?: string;
      /**
       * Format: email
       * @description The user's email address.
       */
      email?: string;
      /** @description The user's username. */
      username?: string;
      /**
       * @description The user's type (user/organization).
       * @enum {string}
       */
      type?: 'user' | 'organization';
      /**
       * Format: url
       * @description The URL of the user's picture.
       */
      picture?: string;
      /** @description The company type. */
      company_type?: string;
      /** @description The name of the company. */
      company_name?: string;
      /** @description A 3-letter ISO 4217 currency code (assigned according to the billing address). */
      currency?: string;
      /** @description The vat number of the user. */
      vat_number?: string;
      /** @description The role of the user in the company. */
      company_role?: string;
      /** @description The user or company website. */
      website_url?: string;
      /** @description Whether the new UI features are enabled for this user. */
      new_ui?: boolean;
      /** @description The user's chosen color scheme for user interfaces. */
      ui_colorscheme?: string;
      /** @description The URL of a catalog file which overrides the default. */
      default_catalog?: string;
      /** @description The URL of an account-wide project options file. */
      project_options_url?: string;
      /** @description Flag if the user agreed to receive marketing communication. */
      marketing?: boolean;
      /**
       * Format: date-time
       * @description The timestamp representing when the user account was created.
       */
      created_at?: string;
      /**
       * Format: date-time
       * @description The timestamp representing when the user account was last modified.
       */
      updated_at?: string;
      /**
       * Format: email
       * @description The e-mail address of a contact to whom billing notices will be sent.
       */
      billing_contact?: string;
      /** @description The current trial for the profile. */
      current_trial?: components['schemas']['Trial'];
      /** @description The customer is invoiced. */
      invoiced?: boolean;
    };
    SpendRemaining: {
      formatted?: string;
      amount?: string;
      currency?: string;
      currency_symbol?: string;
      unlimited?: boolean;
    };
    Trial: {
      active?: boolean;
      /** Format: date-time */
      created?: string;
      description?: string;
      /** Format: date-time */
      expiration?: string;
      current?: components['schemas']['Price'];
      spend?: components['schemas']['Price'];
      spend_remaining?: components['schemas']['SpendRemaining'];
      projects?: components['schemas']['TrialProjects'];
      /** @example credit-card */
      pending_verification?: string;
      model?: string;
      days_remaining?: number;
    };
    TrialProjects: {
      id?: string;
      name?: string;
      total?: components['schemas']['Money'];
    };
    /** @description Request body of PATCH /organizations/{organization_id}/profile. */
    UpdateProfileRequest: {
      /** @description The URL of a catalog file which overrides the default. */
      default_catalog?: string;
      /**
       * Format: uri
       * @description The URL of an organization-wide project options file.
       */
      project_options_url?: string;
      /** @description The company name. */
      company_name?: string;
      /** @description The VAT number of the company. */
      vat_number?: string;
      /**
       * Format: email
       * @description The e-mail address of a contact to whom billing notices will be sent.
       */
      billing_contact?: string;
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
  updateOrganizationProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the organization. */
        organization_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateProfileRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *       "display_name": "<string>",
           *       "email": "jsmith@example.com",
           *       "username": "<string>",
           *       "type": "user",
           *       "picture": "<string>",
           *       "company_type": "<string>",
           *       "company_name": "<string>",
           *       "currency": "<string>",
           *       "vat_number": "<string>",
           *       "company_role": "<string>",
           *       "website_url": "<string>",
           *       "new_ui": true,
           *       "ui_colorscheme": "<string>",
           *       "default_catalog": "<string>",
           *       "project_options_url": "<string>",
           *       "marketing": true,
           *       "created_at": "2023-11-07T05:31:56Z",
           *       "updated_at": "2023-11-07T05:31:56Z",
           *       "billing_contact": "jsmith@example.com",
           *       "current_trial": {
           *         "active": true,
           *         "created": "2023-11-07T05:31:56Z",
           *         "description": "<string>",
           *         "expiration": "2023-11-07T05:31:56Z",
           *         "current": {
           *           "formatted": "<string>",
           *           "amount": "<string>",
           *           "currency": "<string>",
           *           "currency_symbol": "<string>"
           *         },
           *         "spend": {
           *           "formatted": "<string>",
           *           "amount": "<string>",
           *           "currency": "<string>",
           *           "currency_symbol": "<string>"
           *         },
           *         "spend_remaining": {
           *           "formatted": "<string>",
           *           "amount": "<string>",
           *           "currency": "<string>",
           *           "currency_symbol": "<string>",
           *           "unlimited": true
           *         },
           *         "projects": {
           *           "id": "<string>",
           *           "name": "<string>",
           *           "total": {
           *             "amount": 123,
           *             "currency_code": "<string>",
           *             "currency_symbol": "<string>",
           *             "formatted": "<string>"
           *           }
           *         },
           *         "pending_verification": "credit-card",
           *         "model": "<string>",
           *         "days_remaining": 123
           *       },
           *       "invoiced": true
           *     }
           */
          'application/json': components['schemas']['Profile'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Money = components['schemas']['Money'];
export type Price = components['schemas']['Price'];
export type Profile = components['schemas']['Profile'];
export type SpendRemaining = components['schemas']['SpendRemaining'];
export type Trial = components['schemas']['Trial'];
export type TrialProjects = components['schemas']['TrialProjects'];
export type UpdateProfileRequest = components['schemas']['UpdateProfileRequest'];
export type UpdateOrganizationProfileBody = NonNullable<
  paths['/organizations/{organization_id}/profile']['patch']['requestBody']
>['content']['application/json'];
export type UpdateOrganizationProfilePathParams = NonNullable<
  paths['/organizations/{organization_id}/profile']['patch']['parameters']['path']
>;
export type UpdateOrganizationProfileResponse200 =
  paths['/organizations/{organization_id}/profile']['patch']['responses'][200]['content']['application/json'];
