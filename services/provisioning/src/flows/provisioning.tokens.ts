/** Injection tokens of the clients behind interfaces, so that unit tests can give fakes. */
export const ICEBERG_CATALOG = Symbol('ICEBERG_CATALOG');
export const CATALOG_GRANTS = Symbol('CATALOG_GRANTS');
