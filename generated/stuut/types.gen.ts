// Generated from specs/stuut.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/v1/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update Your Profile */
    post: operations['updateYourProfile'];
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
    DashboardSettings: {
      /** @example asc */
      thread_emails_sort_order?: string;
    };
    EmailSender: {
      email?: string;
      object?: string;
      reply_to?: string;
      user_id?: string;
      id?: string;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      expired_at?: string;
      is_nylas_connection?: boolean;
      is_nylas_grant_expired?: boolean;
      is_shared?: boolean;
      /** Format: date-time */
      modified_at?: string;
      name?: string;
      provider?: string;
      reply_to_name?: string;
      signature_html?: string;
    };
    Integration: {
      integration_name?: string;
      is_configured?: boolean;
      object?: string;
      settings?: {
        [key: string]: unknown;
      };
      id?: string;
      api_subdomain?: string;
      api_url?: string;
      connection_info?: unknown;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      credentials_expire_at?: string;
      health?: components['schemas']['IntegrationHealth'];
      identity_info?: unknown;
      integration?: components['schemas']['IntegrationDefinition'];
      is_running_setup?: boolean;
      is_sync_disabled?: boolean;
      is_webhooks_enabled?: boolean;
      models?: components['schemas']['IntegrationModel'][];
      /** Format: date-time */
      modified_at?: string;
      name?: string;
      owner_id?: string;
      requires_setup?: boolean;
      username?: string;
      webhook_listener_url?: string;
      webhook_setup_error?: string;
    };
    IntegrationConnectionStep: {
      /** @example fetch */
      type?: string;
      title?: string;
      description?: unknown;
      endpoint?: unknown;
      fields?: unknown;
      post_auth?: boolean;
    };
    IntegrationDefinition: {
      display_name?: string;
      name?: string;
      object?: string;
      api_base_url?: string;
      api_documentation_url?: unknown;
      api_requires_subdomain?: boolean;
      auth_type?: unknown;
      categories?: string[];
      color?: unknown;
      connection_guide_url?: unknown;
      connection_instructions?: unknown;
      connection_steps?: components['schemas']['IntegrationConnectionStep'][];
      /** Format: date-time */
      created_at?: string;
      description?: unknown;
      is_enabled?: boolean;
      logo?: unknown;
      logo_square?: unknown;
      /** Format: date-time */
      modified_at?: string;
      settings?: components['schemas']['IntegrationSettingDefinition'][];
      short_description?: unknown;
    };
    IntegrationHealth: {
      /** @example incomplete */
      status?: string;
      details?: unknown;
      message?: unknown;
      reason?: unknown;
    };
    IntegrationModel: {
      integration_schema_id?: string;
      linked_integration_id?: string;
      name?: string;
      object?: string;
      id?: string;
      /** Format: date-time */
      created_at?: string;
      exclude_rule?: {
        [key: string]: unknown;
      };
      field_mappings?: unknown;
      health?: components['schemas']['IntegrationHealth'];
      is_read_enabled?: boolean;
      is_webhooks_setup?: boolean;
      is_write_enabled?: boolean;
      last_sync?: components['schemas']['IntegrationSync'];
      last_sync_id?: string;
      /** Format: date-time */
      modified_at?: string;
      /** Format: date-time */
      next_sync_at?: string;
      sync_requested?: boolean;
    };
    IntegrationSettingDefinition: {
      key?: string;
      /** @example any */
      type?: string;
      choices?: unknown;
      description?: unknown;
      /** @example text */
      format?: string;
      group?: unknown;
      guide_url?: unknown;
      is_editable?: boolean;
      is_required?: boolean;
      is_select?: boolean;
      label?: unknown;
      post_auth?: boolean;
      requires_load?: boolean;
    };
    IntegrationSync: {
      linked_model_id?: string;
      object?: string;
      run_id?: string;
      id?: string;
      /** Format: date-time */
      created_at?: string;
      entity_id?: string;
      is_initial_sync?: boolean;
      is_one_off?: boolean;
      /** Format: date-time */
      modified_at?: string;
      pagination?: unknown;
      run?: components['schemas']['SyncRun'];
      /** Format: date-time */
      timerange_end?: string;
      /** Format: date-time */
      timerange_start?: string;
    };
    Organization: {
      name?: string;
      object?: string;
      remittance_inbox?: string;
      id?: string;
      agent_phone_number?: string;
      ar_team_size?: string;
      bank_statement_extraction_guidelines?: string;
      contact_email_enrichment_enabled?: boolean;
      contact_email_validation_enabled?: boolean;
      contact_enrichment_domains?: string[];
      contact_phone_enrichment_enabled?: boolean;
      /** Format: date-time */
      created_at?: string;
      credit_card_surcharge?: boolean;
      credit_card_surcharge_fixed?: number;
      credit_card_surcharge_percentage?: number;
      crm_software?: string;
      customer_support_number?: string;
      default_outreach_window_end?: string;
      default_outreach_window_start?: string;
      display_name?: string;
      domains?: components['schemas']['OrganizationDomain'][];
      email_software?: string;
      enterprise_auth_connection_name?: string;
      erp_software?: string;
      finix_merchant_id?: string;
      finix_onboarding_form_id?: string;
      finix_platform_application_id?: string;
      finix_platform_merchant_id?: string;
      inbound_grace_period_days?: number;
      integrations?: components['schemas']['Integration'];
      invoices_per_month?: string;
      is_auto_send_email_enabled?: boolean;
      is_auto_set_primary_enabled?: boolean;
      is_enterprise_auth_enabled?: boolean;
      is_onboarding_complete?: boolean;
      is_organization_registered?: boolean;
      is_password_auth_enabled?: boolean;
      /** Format: date-time */
      last_payment_export_at?: string;
      logo_url?: string;
      /** Format: date-time */
      modified_at?: string;
      outreach_phone_number?: unknown;
      parent_org_id?: string;
      payment_processing_days_config?: components['schemas']['PaymentProcessingDaysConfig'];
      payment_processor?: string;
      payment_software?: string;
      processes_improving_with_ai?: string[];
      ready_for_payments?: boolean;
      stripe_connect_account_id?: string;
      /** @example Africa/Abidjan */
      timezone?: string;
    };
    OrganizationDomain: {
      domain?: string;
      object?: string;
      organization_id?: string;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      modified_at?: string;
    };
    PaymentProcessingDaysConfig: {
      ach?: number;
      check?: number;
      other?: number;
      wire?: number;
    };
    /** @description Successful response body of POST /v1/profile (the updated profile). */
    Profile: {
      email: string;
      family_name: string;
      given_name: string;
      object: string;
      organization_id: string;
      id?: string;
      /** Format: date-time */
      created_at?: string;
      dashboard_settings?: components['schemas']['DashboardSettings'];
      default_email_sender?: components['schemas']['EmailSender'];
      default_email_sender_id?: string | null;
      /** @description If true, use email revision history to personalize generated emails */
      enable_adaptive_email_generation?: boolean;
      invited_by_user_id?: string | null;
      is_access_approved?: boolean;
      is_org_admin?: boolean;
      is_support_user?: boolean;
      /** Format: date-time */
      modified_at?: string | null;
      name?: string;
      onboarding_required?: boolean;
      organization?: components['schemas']['Organization'];
      organizations?: unknown;
      profile_picture?: string;
      selected?: boolean;
    };
    SyncRun: {
      object?: string;
      id?: string;
      /** Format: date-time */
      completed_at?: string;
      /** Format: date-time */
      created_at?: string;
      data?: unknown;
      event_id?: string;
      /** Format: date-time */
      modified_at?: string;
      output?: unknown;
      remote_id?: string;
      stacktrace?: string;
      /** Format: date-time */
      started_at?: string;
      /** @example scheduled */
      status?: string;
    };
    /** @description Request body of POST /v1/profile. */
    UpdateProfileRequest: {
      /** @description The EmailSender identifier, (e.g. sndr_abc123). */
      default_email_sender?: string;
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
  updateYourProfile: {
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
         *       "default_email_sender": "<string>"
         *     }
         */
        'application/json': components['schemas']['UpdateProfileRequest'];
      };
    };
    responses: {
      /** @description Successful response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "email": "<string>",
           *       "family_name": "<string>",
           *       "given_name": "<string>",
           *       "object": "<string>",
           *       "organization_id": "<string>",
           *       "id": "<string>",
           *       "created_at": "2023-11-07T05:31:56Z",
           *       "dashboard_settings": {
           *         "thread_emails_sort_order": "asc"
           *       },
           *       "default_email_sender": {
           *         "email": "<string>",
           *         "object": "<string>",
           *         "reply_to": "<string>",
           *         "user_id": "<string>",
           *         "id": "<string>",
           *         "created_at": "2023-11-07T05:31:56Z",
           *         "expired_at": "2023-11-07T05:31:56Z",
           *         "is_nylas_connection": true,
           *         "is_nylas_grant_expired": true,
           *         "is_shared": true,
           *         "modified_at": "2023-11-07T05:31:56Z",
           *         "name": "<string>",
           *         "provider": "<string>",
           *         "reply_to_name": "<string>",
           *         "signature_html": "<string>"
           *       },
           *       "default_email_sender_id": "<string>",
           *       "enable_adaptive_email_generation": true,
           *       "invited_by_user_id": "<string>",
           *       "is_access_approved": true,
           *       "is_org_admin": true,
           *       "is_support_user": true,
           *       "modified_at": "2023-11-07T05:31:56Z",
           *       "name": "<string>",
           *       "onboarding_required": true,
           *       "organization": {
           *         "name": "<string>",
           *         "object": "<string>",
           *         "remittance_inbox": "<string>",
           *         "id": "<string>",
           *         "agent_phone_number": "<string>",
           *         "ar_team_size": "<string>",
           *         "bank_statement_extraction_guidelines": "<string>",
           *         "contact_email_enrichment_enabled": true,
           *         "contact_email_validation_enabled": true,
           *         "contact_enrichment_domains": [
           *           "<string>"
           *         ],
           *         "contact_phone_enrichment_enabled": true,
           *         "created_at": "2023-11-07T05:31:56Z",
           *         "credit_card_surcharge": true,
           *         "credit_card_surcharge_fixed": 123,
           *         "credit_card_surcharge_percentage": 123,
           *         "crm_software": "<string>",
           *         "customer_support_number": "<string>",
           *         "default_outreach_window_end": "<string>",
           *         "default_outreach_window_start": "<string>",
           *         "display_name": "<string>",
           *         "domains": [
           *           {
           *             "domain": "<string>",
           *             "object": "<string>",
           *             "organization_id": "<string>",
           *             "created_at": "2023-11-07T05:31:56Z",
           *             "modified_at": "2023-11-07T05:31:56Z"
           *           }
           *         ],
           *         "email_software": "<string>",
           *         "enterprise_auth_connection_name": "<string>",
           *         "erp_software": "<string>",
           *         "finix_merchant_id": "<string>",
           *         "finix_onboarding_form_id": "<string>",
           *         "finix_platform_application_id": "<string>",
           *         "finix_platform_merchant_id": "<string>",
           *         "inbound_grace_period_days": 123,
           *         "integrations": {
           *           "integration_name": "<string>",
           *           "is_configured": true,
           *           "object": "<string>",
           *           "settings": {},
           *           "id": "<string>",
           *           "api_subdomain": "<string>",
           *           "api_url": "<string>",
           *           "connection_info": "<unknown>",
           *           "created_at": "2023-11-07T05:31:56Z",
           *           "credentials_expire_at": "2023-11-07T05:31:56Z",
           *           "health": {
           *             "status": "incomplete",
           *             "details": null,
           *             "message": null,
           *             "reason": null
           *           },
           *           "identity_info": "<unknown>",
           *           "integration": {
           *             "display_name": "<string>",
           *             "name": "<string>",
           *             "object": "<string>",
           *             "api_base_url": "<string>",
           *             "api_documentation_url": null,
           *             "api_requires_subdomain": false,
           *             "auth_type": null,
           *             "categories": [
           *               "accounting"
           *             ],
           *             "color": null,
           *             "connection_guide_url": null,
           *             "connection_instructions": null,
           *             "connection_steps": [
           *               {
           *                 "type": "fetch",
           *                 "title": "<string>",
           *                 "description": null,
           *                 "endpoint": null,
           *                 "fields": null,
           *                 "post_auth": false
           *               }
           *             ],
           *             "created_at": "2023-11-07T05:31:56Z",
           *             "description": null,
           *             "is_enabled": true,
           *             "logo": null,
           *             "logo_square": null,
           *             "modified_at": "2023-11-07T05:31:56Z",
           *             "settings": [
           *               {
           *                 "key": "<string>",
           *                 "type": "any",
           *                 "choices": null,
           *                 "description": null,
           *                 "format": "text",
           *                 "group": null,
           *                 "guide_url": null,
           *                 "is_editable": false,
           *                 "is_required": true,
           *                 "is_select": false,
           *                 "label": null,
           *                 "post_auth": false,
           *                 "requires_load": false
           *               }
           *             ],
           *             "short_description": null
           *           },
           *           "is_running_setup": true,
           *           "is_sync_disabled": true,
           *           "is_webhooks_enabled": true,
           *           "models": [
           *             {
           *               "integration_schema_id": "<string>",
           *               "linked_integration_id": "<string>",
           *               "name": "<string>",
           *               "object": "<string>",
           *               "id": "<string>",
           *               "created_at": "2023-11-07T05:31:56Z",
           *               "exclude_rule": {},
           *               "field_mappings": "<unknown>",
           *               "health": {
           *                 "status": "incomplete",
           *                 "details": null,
           *                 "message": null,
           *                 "reason": null
           *               },
           *               "is_read_enabled": true,
           *               "is_webhooks_setup": true,
           *               "is_write_enabled": true,
           *               "last_sync": {
           *                 "linked_model_id": "<string>",
           *                 "object": "<string>",
           *                 "run_id": "<string>",
           *                 "id": "<string>",
           *                 "created_at": "2023-11-07T05:31:56Z",
           *                 "entity_id": "<string>",
           *                 "is_initial_sync": true,
           *                 "is_one_off": true,
           *                 "modified_at": "2023-11-07T05:31:56Z",
           *                 "pagination": "<unknown>",
           *                 "run": {
           *                   "object": "<string>",
           *                   "id": "<string>",
           *                   "completed_at": "2023-11-07T05:31:56Z",
           *                   "created_at": "2023-11-07T05:31:56Z",
           *                   "data": "<unknown>",
           *                   "event_id": "<string>",
           *                   "modified_at": "2023-11-07T05:31:56Z",
           *                   "output": "<unknown>",
           *                   "remote_id": "<string>",
           *                   "stacktrace": "<string>",
           *                   "started_at": "2023-11-07T05:31:56Z",
           *                   "status": "scheduled"
           *                 },
           *                 "timerange_end": "2023-11-07T05:31:56Z",
           *                 "timerange_start": "2023-11-07T05:31:56Z"
           *               },
           *               "last_sync_id": "<string>",
           *               "modified_at": "2023-11-07T05:31:56Z",
           *               "next_sync_at": "2023-11-07T05:31:56Z",
           *               "sync_requested": true
           *             }
           *           ],
           *           "modified_at": "2023-11-07T05:31:56Z",
           *           "name": "<string>",
           *           "owner_id": "<string>",
           *           "requires_setup": true,
           *           "username": "<string>",
           *           "webhook_listener_url": "<string>",
           *           "webhook_setup_error": "<string>"
           *         },
           *         "invoices_per_month": "<string>",
           *         "is_auto_send_email_enabled": true,
           *         "is_auto_set_primary_enabled": true,
           *         "is_enterprise_auth_enabled": true,
           *         "is_onboarding_complete": true,
           *         "is_organization_registered": true,
           *         "is_password_auth_enabled": true,
           *         "last_payment_export_at": "2023-11-07T05:31:56Z",
           *         "logo_url": "<string>",
           *         "modified_at": "2023-11-07T05:31:56Z",
           *         "outreach_phone_number": "<unknown>",
           *         "parent_org_id": "<string>",
           *         "payment_processing_days_config": {
           *           "ach": 3,
           *           "check": 14,
           *           "other": 14,
           *           "wire": 2
           *         },
           *         "payment_processor": "<string>",
           *         "payment_software": "<string>",
           *         "processes_improving_with_ai": [
           *           "<string>"
           *         ],
           *         "ready_for_payments": true,
           *         "stripe_connect_account_id": "<string>",
           *         "timezone": "Africa/Abidjan"
           *       },
           *       "organizations": "<unknown>",
           *       "profile_picture": "<string>",
           *       "selected": true
           *     }
           */
          'application/json': components['schemas']['Profile'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type DashboardSettings = components['schemas']['DashboardSettings'];
export type EmailSender = components['schemas']['EmailSender'];
export type Integration = components['schemas']['Integration'];
export type IntegrationConnectionStep = components['schemas']['IntegrationConnectionStep'];
export type IntegrationDefinition = components['schemas']['IntegrationDefinition'];
export type IntegrationHealth = components['schemas']['IntegrationHealth'];
export type IntegrationModel = components['schemas']['IntegrationModel'];
export type IntegrationSettingDefinition = components['schemas']['IntegrationSettingDefinition'];
export type IntegrationSync = components['schemas']['IntegrationSync'];
export type Organization = components['schemas']['Organization'];
export type OrganizationDomain = components['schemas']['OrganizationDomain'];
export type PaymentProcessingDaysConfig = components['schemas']['PaymentProcessingDaysConfig'];
export type Profile = components['schemas']['Profile'];
export type SyncRun = components['schemas']['SyncRun'];
export type UpdateProfileRequest = components['schemas']['UpdateProfileRequest'];
export type UpdateYourProfileBody = NonNullable<
  paths['/v1/profile']['post']['requestBody']
>['content']['application/json'];
export type UpdateYourProfileResponse200 =
  paths['/v1/profile']['post']['responses'][200]['content']['application/json'];
