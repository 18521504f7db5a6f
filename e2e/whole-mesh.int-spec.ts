import { describeWholeMesh } from './whole-mesh';

// The warehouse on S3: the pipeline's PyIceberg and the quality service reach the data only through the signer.
describeWholeMesh('the whole mesh, its warehouse on S3', { replicas: 1, storage: 's3' });
