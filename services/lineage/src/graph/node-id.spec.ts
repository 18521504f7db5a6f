import { datasetNodeId, fieldNodeId, parseNodeId } from './node-id';

describe('parseNodeId', () => {
  it('reads every split of a namespace with colons', () => {
    expect(parseNodeId('dataset:kafka://broker:9092:orders')).toEqual({
      type: 'dataset',
      readings: [
        { namespace: 'kafka', name: '//broker:9092:orders' },
        { namespace: 'kafka://broker', name: '9092:orders' },
        { namespace: 'kafka://broker:9092', name: 'orders' },
      ],
    });
  });

  it('takes the field of a datasetField id after its last colon', () => {
    expect(parseNodeId('datasetField:pg:public.orders:amount')).toEqual({
      type: 'datasetField',
      readings: [{ namespace: 'pg', name: 'public.orders' }],
      field: 'amount',
    });
  });

  it('refuses unknown types and incomplete ids', () => {
    expect(parseNodeId('table:pg:orders')).toBeUndefined();
    expect(parseNodeId('job:airflow')).toBeUndefined();
    expect(parseNodeId('datasetField:pg:orders:')).toBeUndefined();
    expect(parseNodeId('orders')).toBeUndefined();
  });

  it('formats ids the way Marquez does', () => {
    expect(datasetNodeId({ namespace: 'pg', name: 'orders' })).toBe('dataset:pg:orders');
    expect(fieldNodeId({ namespace: 'pg', name: 'orders' }, 'id')).toBe('datasetField:pg:orders:id');
  });
});
