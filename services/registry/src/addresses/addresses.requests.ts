import { z } from 'zod';
import { meshAddress } from './mesh-address';

export const resolveQuery = z.object({ address: meshAddress }).strict();
