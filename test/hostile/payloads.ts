import { OBJECT_PROTOTYPE_MEMBERS } from '../../generator/common/javascript.js';

/**
 * Strings a spec author could use to make spec text run as code or render as markup, one per trick:
 * closing a comment or a literal, template interpolation, HTML and Vue/handlebars syntax, Markdown
 * structure, line terminators JavaScript reads as new lines, names every object already has.
 * The escaping unit tests and the hostile-spec property test share this list.
 */
export const PAYLOADS: readonly string[] = [
  '*/',
  '/*',
  '`',
  '${process.exit(7)}',
  '</script><script>',
  '"><img src=x onerror=alert(1)>',
  '|',
  '{{x}}',
  '\n# h',
  '\u2028',
  '\u2029',
  "'",
  '"',
  '\\',
  '<!--',
  "import('x')",
  'class',
  'delete',
  'await',
  'let',
  'yield',
  'arguments',
  'eval',
  'default',
  'enum',
  'then',
  ...OBJECT_PROTOTYPE_MEMBERS,
  '',
  '0',
  '1e3',
  '-1',
  '200',
  '07',
  'x'.repeat(300),
];

/**
 * Payloads that, if they ever ran, would set the canary the property test checks after importing and
 * calling the generated modules (process.exit is trapped too, for the payloads above).
 */
export const CANARY = '__hostileCanary';
export const CANARY_PAYLOADS: readonly string[] = [
  `*/globalThis.${CANARY}=1;/*`,
  `\`+(globalThis.${CANARY}=1)+\``,
  `'+(globalThis.${CANARY}=1)+'`,
  `"+(globalThis.${CANARY}=1)+"`,
  `\${globalThis.${CANARY}=1}`,
  `\nglobalThis.${CANARY}=1;//`,
  `\u2028globalThis.${CANARY}=1;//`,
  `</script><script>globalThis.${CANARY}=1</script>`,
  `--><script>globalThis.${CANARY}=1</script><!--`,
];
