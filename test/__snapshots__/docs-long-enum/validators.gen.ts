// Generated from test/fixtures/docs-long-enum.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { ListClocksQueryParams, ListClocksResponse200, Timezone } from './types.gen.js';

/** One problem found in a value. */
export interface ValidationError {
  /** JSON pointer of the offending value (`/data/user/timezone`); the object itself for `required` and `additionalProperties`. */
  pointer: string;
  /** The JSON Schema keyword that failed, named as ajv names it (`type`, `required`, `format` ...). */
  keyword: string;
  /** What the schema asks for, e.g. `string | null`, `>= 1 characters`, `date-time`. */
  expected: string;
  /** A readable sentence. */
  message: string;
}

/** The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`). `warnings` is read-only: results without warnings share one frozen empty list. */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: readonly ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: readonly ValidationError[] };

/** Options of every validator. */
export interface ValidateOptions {
  /** Stop at the first error (default: report all errors). */
  failFast?: boolean;
  /** Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings. */
  strict?: boolean;
  /** How deep a value may nest where the schema recurses (default 1000): deeper is a `maxDepth` error, not a stack overflow. */
  maxDepth?: number;
}

/** Validates a `Timezone` (#/components/schemas/Timezone) exactly as its JSON Schema says. */
export function validateTimezone(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Timezone> {
  return _validate<Timezone>(checkTimezone, value, options, 0);
}

/** True when the value is a valid `Timezone` (stops at the first error). */
export function isTimezone(value: unknown): value is Timezone {
  return _is(checkTimezone, value);
}

/** Validates the query parameters of `GET /clocks` (an object keyed by parameter name). */
export function validateListClocksQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ListClocksQueryParams> {
  return _validate<ListClocksQueryParams>(checkListClocksQueryParams, value, options, 1);
}

/** Validates the 200 response body of `GET /clocks` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateListClocksResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ListClocksResponse200> {
  return _validate<ListClocksResponse200>(checkListClocksResponse200, value, options, 3);
}

const _enum1 = new Set<unknown>([
  'Africa/Abidjan',
  'Africa/Accra',
  'Africa/Addis_Ababa',
  'Africa/Algiers',
  'Africa/Asmera',
  'Africa/Bamako',
  'Africa/Bangui',
  'Africa/Banjul',
  'Africa/Bissau',
  'Africa/Blantyre',
  'Africa/Brazzaville',
  'Africa/Bujumbura',
  'Africa/Cairo',
  'Africa/Casablanca',
  'Africa/Ceuta',
  'Africa/Conakry',
  'Africa/Dakar',
  'Africa/Dar_es_Salaam',
  'Africa/Djibouti',
  'Africa/Douala',
  'Africa/El_Aaiun',
  'Africa/Freetown',
  'Africa/Gaborone',
  'Africa/Harare',
  'Africa/Johannesburg',
  'Africa/Juba',
  'Africa/Kampala',
  'Africa/Khartoum',
  'Africa/Kigali',
  'Africa/Kinshasa',
  'Africa/Lagos',
  'Africa/Libreville',
  'Africa/Lome',
  'Africa/Luanda',
  'Africa/Lubumbashi',
  'Africa/Lusaka',
  'Africa/Malabo',
  'Africa/Maputo',
  'Africa/Maseru',
  'Africa/Mbabane',
  'Africa/Mogadishu',
  'Africa/Monrovia',
  'Africa/Nairobi',
  'Africa/Ndjamena',
  'Africa/Niamey',
  'Africa/Nouakchott',
  'Africa/Ouagadougou',
  'Africa/Porto-Novo',
  'Africa/Sao_Tome',
  'Africa/Tripoli',
  'Africa/Tunis',
  'Africa/Windhoek',
  'America/Adak',
  'America/Anchorage',
  'America/Anguilla',
  'America/Antigua',
  'America/Araguaina',
  'America/Argentina/La_Rioja',
  'America/Argentina/Rio_Gallegos',
  'America/Argentina/Salta',
  'America/Argentina/San_Juan',
  'America/Argentina/San_Luis',
  'America/Argentina/Tucuman',
  'America/Argentina/Ushuaia',
  'America/Aruba',
  'America/Asuncion',
  'America/Bahia',
  'America/Bahia_Banderas',
  'America/Barbados',
  'America/Belem',
  'America/Belize',
  'America/Blanc-Sablon',
  'America/Boa_Vista',
  'America/Bogota',
  'America/Boise',
  'America/Buenos_Aires',
  'America/Cambridge_Bay',
  'America/Campo_Grande',
  'America/Cancun',
  'America/Caracas',
  'America/Catamarca',
  'America/Cayenne',
  'America/Cayman',
  'America/Chicago',
  'America/Chihuahua',
  'America/Ciudad_Juarez',
  'America/Coral_Harbour',
  'America/Cordoba',
  'America/Costa_Rica',
  'America/Coyhaique',
  'America/Creston',
  'America/Cuiaba',
  'America/Curacao',
  'America/Danmarkshavn',
  'America/Dawson',
  'America/Dawson_Creek',
  'America/Denver',
  'America/Detroit',
  'America/Dominica',
  'America/Edmonton',
  'America/Eirunepe',
  'America/El_Salvador',
  'America/Fort_Nelson',
  'America/Fortaleza',
  'America/Glace_Bay',
  'America/Godthab',
  'America/Goose_Bay',
  'America/Grand_Turk',
  'America/Grenada',
  'America/Guadeloupe',
  'America/Guatemala',
  'America/Guayaquil',
  'America/Guyana',
  'America/Halifax',
  'America/Havana',
  'America/Hermosillo',
  'America/Indiana/Knox',
  'America/Indiana/Marengo',
  'America/Indiana/Petersburg',
  'America/Indiana/Tell_City',
  'America/Indiana/Vevay',
  'America/Indiana/Vincennes',
  'America/Indiana/Winamac',
  'America/Indianapolis',
  'America/Inuvik',
  'America/Iqaluit',
  'America/Jamaica',
  'America/Jujuy',
  'America/Juneau',
  'America/Kentucky/Monticello',
  'America/Kralendijk',
  'America/La_Paz',
  'America/Lima',
  'America/Los_Angeles',
  'America/Louisville',
  'America/Lower_Princes',
  'America/Maceio',
  'America/Managua',
  'America/Manaus',
  'America/Marigot',
  'America/Martinique',
  'America/Matamoros',
  'America/Mazatlan',
  'America/Mendoza',
  'America/Menominee',
  'America/Merida',
  'America/Metlakatla',
  'America/Mexico_City',
  'America/Miquelon',
  'America/Moncton',
  'America/Monterrey',
  'America/Montevideo',
  'America/Montserrat',
  'America/Nassau',
  'America/New_York',
  'America/Nome',
  'America/Noronha',
  'America/North_Dakota/Beulah',
  'America/North_Dakota/Center',
  'America/North_Dakota/New_Salem',
  'America/Ojinaga',
  'America/Panama',
  'America/Paramaribo',
  'America/Phoenix',
  'America/Port-au-Prince',
  'America/Port_of_Spain',
  'America/Porto_Velho',
  'America/Puerto_Rico',
  'America/Punta_Arenas',
  'America/Rankin_Inlet',
  'America/Recife',
  'America/Regina',
  'America/Resolute',
  'America/Rio_Branco',
  'America/Santarem',
  'America/Santiago',
  'America/Santo_Domingo',
  'America/Sao_Paulo',
  'America/Scoresbysund',
  'America/Sitka',
  'America/St_Barthelemy',
  'America/St_Johns',
  'America/St_Kitts',
  'America/St_Lucia',
  'America/St_Thomas',
  'America/St_Vincent',
  'America/Swift_Current',
  'America/Tegucigalpa',
  'America/Thule',
  'America/Tijuana',
  'America/Toronto',
  'America/Tortola',
  'America/Vancouver',
  'America/Whitehorse',
  'America/Winnipeg',
  'America/Yakutat',
  'Antarctica/Casey',
  'Antarctica/Davis',
  'Antarctica/DumontDUrville',
  'Antarctica/Macquarie',
  'Antarctica/Mawson',
  'Antarctica/McMurdo',
  'Antarctica/Palmer',
  'Antarctica/Rothera',
  'Antarctica/Syowa',
  'Antarctica/Troll',
  'Antarctica/Vostok',
  'Arctic/Longyearbyen',
  'Asia/Aden',
  'Asia/Almaty',
  'Asia/Amman',
  'Asia/Anadyr',
  'Asia/Aqtau',
  'Asia/Aqtobe',
  'Asia/Ashgabat',
  'Asia/Atyrau',
  'Asia/Baghdad',
  'Asia/Bahrain',
  'Asia/Baku',
  'Asia/Bangkok',
  'Asia/Barnaul',
  'Asia/Beirut',
  'Asia/Bishkek',
  'Asia/Brunei',
  'Asia/Calcutta',
  'Asia/Chita',
  'Asia/Colombo',
  'Asia/Damascus',
  'Asia/Dhaka',
  'Asia/Dili',
  'Asia/Dubai',
  'Asia/Dushanbe',
  'Asia/Famagusta',
  'Asia/Gaza',
  'Asia/Hebron',
  'Asia/Hong_Kong',
  'Asia/Hovd',
  'Asia/Irkutsk',
  'Asia/Jakarta',
  'Asia/Jayapura',
  'Asia/Jerusalem',
  'Asia/Kabul',
  'Asia/Kamchatka',
  'Asia/Karachi',
  'Asia/Katmandu',
  'Asia/Khandyga',
  'Asia/Krasnoyarsk',
  'Asia/Kuala_Lumpur',
  'Asia/Kuching',
  'Asia/Kuwait',
  'Asia/Macau',
  'Asia/Magadan',
  'Asia/Makassar',
  'Asia/Manila',
  'Asia/Muscat',
  'Asia/Nicosia',
  'Asia/Novokuznetsk',
  'Asia/Novosibirsk',
  'Asia/Omsk',
  'Asia/Oral',
  'Asia/Phnom_Penh',
  'Asia/Pontianak',
  'Asia/Pyongyang',
  'Asia/Qatar',
  'Asia/Qostanay',
  'Asia/Qyzylorda',
  'Asia/Rangoon',
  'Asia/Riyadh',
  'Asia/Saigon',
  'Asia/Sakhalin',
  'Asia/Samarkand',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Srednekolymsk',
  'Asia/Taipei',
  'Asia/Tashkent',
  'Asia/Tbilisi',
  'Asia/Tehran',
  'Asia/Thimphu',
  'Asia/Tokyo',
  'Asia/Tomsk',
  'Asia/Ulaanbaatar',
  'Asia/Urumqi',
  'Asia/Ust-Nera',
  'Asia/Vientiane',
  'Asia/Vladivostok',
  'Asia/Yakutsk',
  'Asia/Yekaterinburg',
  'Asia/Yerevan',
  'Atlantic/Azores',
  'Atlantic/Bermuda',
  'Atlantic/Canary',
  'Atlantic/Cape_Verde',
  'Atlantic/Faeroe',
  'Atlantic/Madeira',
  'Atlantic/Reykjavik',
  'Atlantic/South_Georgia',
  'Atlantic/St_Helena',
  'Atlantic/Stanley',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Broken_Hill',
  'Australia/Darwin',
  'Australia/Eucla',
  'Australia/Hobart',
  'Australia/Lindeman',
  'Australia/Lord_Howe',
  'Australia/Melbourne',
  'Australia/Perth',
  'Australia/Sydney',
  'Europe/Amsterdam',
  'Europe/Andorra',
  'Europe/Astrakhan',
  'Europe/Athens',
  'Europe/Belgrade',
  'Europe/Berlin',
  'Europe/Bratislava',
  'Europe/Brussels',
  'Europe/Bucharest',
  'Europe/Budapest',
  'Europe/Busingen',
  'Europe/Chisinau',
  'Europe/Copenhagen',
  'Europe/Dublin',
  'Europe/Gibraltar',
  'Europe/Guernsey',
  'Europe/Helsinki',
  'Europe/Isle_of_Man',
  'Europe/Istanbul',
  'Europe/Jersey',
  'Europe/Kaliningrad',
  'Europe/Kiev',
  'Europe/Kirov',
  'Europe/Lisbon',
  'Europe/Ljubljana',
  'Europe/London',
  'Europe/Luxembourg',
  'Europe/Madrid',
  'Europe/Malta',
  'Europe/Mariehamn',
  'Europe/Minsk',
  'Europe/Monaco',
  'Europe/Moscow',
  'Europe/Oslo',
  'Europe/Paris',
  'Europe/Podgorica',
  'Europe/Prague',
  'Europe/Riga',
  'Europe/Rome',
  'Europe/Samara',
  'Europe/San_Marino',
  'Europe/Sarajevo',
  'Europe/Saratov',
  'Europe/Simferopol',
  'Europe/Skopje',
  'Europe/Sofia',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Tirane',
  'Europe/Ulyanovsk',
  'Europe/Vaduz',
  'Europe/Vatican',
  'Europe/Vienna',
  'Europe/Vilnius',
  'Europe/Volgograd',
  'Europe/Warsaw',
  'Europe/Zagreb',
  'Europe/Zurich',
  'Indian/Antananarivo',
  'Indian/Chagos',
  'Indian/Christmas',
  'Indian/Cocos',
  'Indian/Comoro',
  'Indian/Kerguelen',
  'Indian/Mahe',
  'Indian/Maldives',
  'Indian/Mauritius',
  'Indian/Mayotte',
  'Indian/Reunion',
  'Pacific/Apia',
  'Pacific/Auckland',
  'Pacific/Bougainville',
  'Pacific/Chatham',
  'Pacific/Easter',
  'Pacific/Efate',
  'Pacific/Enderbury',
  'Pacific/Fakaofo',
  'Pacific/Fiji',
  'Pacific/Funafuti',
  'Pacific/Galapagos',
  'Pacific/Gambier',
  'Pacific/Guadalcanal',
  'Pacific/Guam',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'Pacific/Kosrae',
  'Pacific/Kwajalein',
  'Pacific/Majuro',
  'Pacific/Marquesas',
  'Pacific/Midway',
  'Pacific/Nauru',
  'Pacific/Niue',
  'Pacific/Norfolk',
  'Pacific/Noumea',
  'Pacific/Pago_Pago',
  'Pacific/Palau',
  'Pacific/Pitcairn',
  'Pacific/Ponape',
  'Pacific/Port_Moresby',
  'Pacific/Rarotonga',
  'Pacific/Saipan',
  'Pacific/Tahiti',
  'Pacific/Tarawa',
  'Pacific/Tongatapu',
  'Pacific/Truk',
  'Pacific/Wake',
  'Pacific/Wallis',
]);

/** #/components/schemas/Timezone */
function checkTimezone(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  if (!_enum1.has(v)) {
    if (
      _tol(
        c,
        p,
        'enum',
        'one of "Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Asmera", "Africa/Bamako", "Africa/Bangui", "Africa/Banjul", "Africa/Bissau", "Africa/Blantyre", … (418 values)',
      ) &&
      c.ff
    )
      return false;
  }
  return c.e.length === e;
}

/** query parameters of GET /clocks */
function checkListClocksQueryParams(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.tz;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'tz')) return false;
    } else {
      if (!checkTimezone(v1, p + '/tz', c, d + 1) && c.ff) return false;
    }
    const v2 = v.style;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/style', 'type', 'string')) return false;
      }
      if (v2 !== 'short' && v2 !== 'long') {
        if (_tol(c, p + '/style', 'enum', 'one of "short", "long"') && c.ff) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** 200 response of GET /clocks */
function checkListClocksResponse200(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.timezone;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'timezone')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/timezone', 'type', 'string')) return false;
      }
      if (!_enum1.has(v1)) {
        if (
          _tol(
            c,
            p + '/timezone',
            'enum',
            'one of "Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Asmera", "Africa/Bamako", "Africa/Bangui", "Africa/Banjul", "Africa/Bissau", "Africa/Blantyre", … (418 values)',
          ) &&
          c.ff
        )
          return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

// Runtime: only what the checks above use.

/** State of one validation run. Problems are kept raw; `_issue` writes their messages at the end. */
interface _Ctx {
  /** Errors so far (`_NONE` until the first). */
  e: _Raw[];
  /** Warnings so far (tolerant responses only; `_NONE` until the first). */
  w: _Raw[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
  /** The deepest level a recursive check may enter (`maxDepth`). */
  md: number;
  /** Record problems (false for type guards, which only need the verdict). */
  r: boolean;
  /** In use by a run. */
  b: boolean;
}

/** An error before `_issue` wrote its message: `expected` still holds the keyword's parameter. */
interface _Raw {
  pointer: string;
  keyword: string;
  expected: unknown;
  message: string;
}

/**
 * A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`.
 * `d` is the nesting depth of `v` in the validated value.
 */
type _Check = (v: unknown, p: string, c: _Ctx, d: number) => boolean;

/** The lists of a run without problems: one frozen empty list, shared. */
const _NONE: readonly ValidationError[] = Object.freeze([]);

/** The default `maxDepth`. */
const _MAX_DEPTH = 1000;

function _ctx(r: boolean, ff: boolean, m: number, md: number): _Ctx {
  return { e: _NONE as _Raw[], w: _NONE as _Raw[], ff, m, md, r, b: false };
}

/**
 * The contexts runs use, by mode and fail-fast (index `2 * mode + failFast`): set up once, so a call
 * without options writes nothing but the in-use mark. A call finding its context in use (a getter of
 * the value validating) or asking for another `maxDepth` gets a context of its own.
 */
const _CS: readonly _Ctx[] = [0, 1, 2, 3].flatMap((m) => [
  _ctx(true, false, m, _MAX_DEPTH),
  _ctx(true, true, m, _MAX_DEPTH),
]);

/**
 * One validator call: one run, on a reused context whose lists start as `_NONE`, so valid input
 * allocates nothing but its result, and invalid input is checked once.
 */
function _validate<T>(
  check: _Check,
  value: unknown,
  options: ValidateOptions | undefined,
  m: number,
): ValidationResult<T> {
  let c: _Ctx;
  if (options === undefined) {
    c = _CS[2 * m]!;
  } else {
    const mode = m === 3 && options.strict === true ? 2 : m;
    const ff = options.failFast === true;
    c =
      options.maxDepth === undefined
        ? _CS[2 * mode + (ff ? 1 : 0)]!
        : _ctx(true, ff, mode, options.maxDepth);
  }
  if (c.b) c = _ctx(true, c.ff, c.m, c.md);
  c.b = true;
  const ok = _run(check, value, c);
  c.b = false;
  if (ok && c.w === _NONE) return { ok: true, value: value as T, warnings: _NONE };
  const errors = c.e;
  const warnings = c.w === _NONE ? _NONE : _issues(c.w);
  c.e = c.w = _NONE as _Raw[];
  return ok
    ? { ok: true, value: value as T, warnings }
    : { ok: false, errors: _issues(errors), warnings };
}

/** Runs a check from the root; past `maxDepth` the run stops with that error. */
function _run(check: _Check, value: unknown, c: _Ctx): boolean {
  try {
    return check(value, '', c, 0);
  } catch (x) {
    if (x instanceof _Deep) {
      _add(c, { pointer: x.p, keyword: 'maxDepth', expected: c.md, message: '' });
      return false;
    }
    // A getter of the value threw: leave the context as it was found.
    c.e = c.w = _NONE as _Raw[];
    c.b = false;
    throw x;
  }
}

/** Writes the messages of the raw problems in place: the arrays are handed out, never copied. */
function _issues(list: _Raw[]): ValidationError[] {
  for (let i = 0; i < list.length; i++) _issue(list[i]!);
  return list as ValidationError[];
}

/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(false, true, 0, _MAX_DEPTH);

/** A type guard: true when valid; too deep is invalid. */
function _is(check: _Check, value: unknown): boolean {
  try {
    return check(value, '', _G, 0);
  } catch (x) {
    if (x instanceof _Deep) return false;
    throw x;
  }
}

/** Thrown by a recursive check entered deeper than `maxDepth`; the validator turns it into an error at `p`. */
class _Deep {
  p: string;
  constructor(p: string) {
    this.p = p;
  }
}

/** Records an error; true when the run should stop (fail-fast). */
function _err(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (!c.r) return true;
  _add(c, { pointer, keyword, expected: a, message: '' });
  return c.ff;
}

/**
 * Appends an error. A run starts with the shared empty list and the first error makes its own:
 * `[r]` allocates one small array, where a push onto `[]` grows a fresh array (V8: ~10x the cost).
 */
function _add(c: _Ctx, r: _Raw): void {
  if (c.e.length === 0) c.e = [r];
  else c.e.push(r);
}

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (c.m === 3) {
    const r: _Raw = { pointer, keyword, expected: a, message: '' };
    if (c.w.length === 0) c.w = [r];
    else c.w.push(r);
    return false;
  }
  if (c.r) _add(c, { pointer, keyword, expected: a, message: '' });
  return true;
}

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Writes the message of a raw problem, in place: until now `expected` held the keyword's parameter
 * `a` (its shape depends on the keyword), so an error costs one object.
 */
function _issue(r: _Raw): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const a: any = r.expected;
  switch (r.keyword) {
    case 'type':
      r.message = 'must be ' + (a.length > 7 ? a.split(' | ').join(' or ') : a);
      r.expected = a;
      break;
    case 'required':
      r.message = "must have required property '" + a + "'";
      r.expected = a;
      break;
    case 'enum':
      r.message = 'must be equal to one of the allowed values';
      r.expected = a;
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
}
