import { hostileSuite } from "./suite.js";

// Half of the hostile specs (see suite.ts); the other half runs in parallel in hostile-1.test.ts.
hostileSuite(1, 2);
