import { hostileSuite } from "./suite.js";

// Half of the hostile specs (see suite.ts); the other half runs in parallel in hostile-2.test.ts.
hostileSuite(0, 2);
