import type { DiffCase } from '../support/case.js';
import { componentCases } from './components.js';
import { operationCases } from './operations.js';
import { parameterCases } from './parameters.js';
import { requestCases } from './requests.js';
import { responseCases } from './responses.js';
import { securityCases } from './security.js';

/** Every labelled pair, in a fixed order. */
export const corpus: DiffCase[] = [
  ...operationCases,
  ...parameterCases,
  ...requestCases,
  ...responseCases,
  ...securityCases,
  ...componentCases,
];
