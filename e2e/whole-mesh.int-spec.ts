import { describeWholeMesh } from './whole-mesh';

describeWholeMesh('the whole mesh', { replicas: 1 });
