import { requireStack } from './stack';

export default requireStack;
