// Request shapes shared by the organization routes and the modules that hang routes under a unit.
import { Type } from 'typebox';

export const UnitParams = Type.Object({ unitId: Type.Integer({ minimum: 1 }) });
