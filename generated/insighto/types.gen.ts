// Generated from specs/insighto.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/api/v1/user/profile': {
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
    /** Update the User Profile */
    patch: operations['updateTheUserProfile'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    User: {
      first_name?: string;
      last_name?: string;
      /** Format: email */
      email?: string;
      is_active?: boolean;
      is_superuser?: boolean;
      /** Format: date-time */
      birthdate?: string;
      is_enterprise?: boolean;
      /** Format: uuid */
      role_id?: string;
      phone?: string;
      state?: string;
      country?: string;
      address?: string;
      /** Format: uuid */
      active_billing_plan_id?: string;
      /** Format: uuid */
      next_billing_plan_id?: string;
      stripe_customer_id?: string;
      stripe_subscription_id?: string;
      stripe_subscription_status?: string;
      stripe_has_payment_method?: boolean;
      is_trial?: boolean;
      used_trial?: boolean;
      is_paying?: boolean;
      /** Format: date-time */
      stripe_last_payment_date?: string;
      /** Format: date-time */
      billing_updated_at?: string;
      /** Format: date-time */
      last_credits_refresh?: string;
      /** Format: date-time */
      next_credits_refresh?: string;
      /** Format: uuid */
      id?: string;
      follower_count?: number;
      following_count?: number;
    };
    UserProfileResponse: {
      message?: string;
      meta?: {
        [key: string]: unknown;
      };
      data?: components['schemas']['User'];
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
  updateTheUserProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "<string>",
           *       "meta": {},
           *       "data": {
           *         "first_name": "<string>",
           *         "last_name": "<string>",
           *         "email": "jsmith@example.com",
           *         "is_active": true,
           *         "is_superuser": false,
           *         "birthdate": "2023-11-07T05:31:56Z",
           *         "is_enterprise": true,
           *         "role_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *         "phone": "<string>",
           *         "state": "<string>",
           *         "country": "<string>",
           *         "address": "<string>",
           *         "active_billing_plan_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *         "next_billing_plan_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *         "stripe_customer_id": "<string>",
           *         "stripe_subscription_id": "<string>",
           *         "stripe_subscription_status": "<string>",
           *         "stripe_has_payment_method": true,
           *         "is_trial": true,
           *         "used_trial": true,
           *         "is_paying": true,
           *         "stripe_last_payment_date": "2023-11-07T05:31:56Z",
           *         "billing_updated_at": "2023-11-07T05:31:56Z",
           *         "last_credits_refresh": "2023-11-07T05:31:56Z",
           *         "next_credits_refresh": "2023-11-07T05:31:56Z",
           *         "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *         "follower_count": 123,
           *         "following_count": 123
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
export type User = components['schemas']['User'];
export type UserProfileResponse = components['schemas']['UserProfileResponse'];
export type UpdateTheUserProfileResponse200 =
  paths['/api/v1/user/profile']['patch']['responses'][200]['content']['application/json'];
