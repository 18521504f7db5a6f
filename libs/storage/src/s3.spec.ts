import { parseS3 } from './s3';

describe('parseS3', () => {
  it('parses s3 URIs and refuses escapes', () => {
    expect(parseS3('s3://lake/warehouse/sales')).toEqual({ bucket: 'lake', key: 'warehouse/sales' });
    expect(parseS3('s3a://lake')).toEqual({ bucket: 'lake', key: '' });
    expect(parseS3('s3://lake/a//b/')).toEqual({ bucket: 'lake', key: 'a/b' });
    expect(parseS3('s3://lake/../x')).toBeUndefined();
    expect(parseS3('file:///x')).toBeUndefined();
  });
});
