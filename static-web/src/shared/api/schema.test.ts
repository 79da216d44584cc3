import { schemaTexts } from 'api-types/generate.mjs';
import { expect, test } from 'vitest';

// openapi.json is kept equal to the server's /api/openapi.json by tests/Congress.Tests ApiContractTests;
// this keeps schema.d.ts equal to what openapi-typescript makes of it. Both stale? `npm run api:update`.
test('the generated client is up to date: schema.d.ts is what `npm run api` makes of openapi.json', async () => {
  const { actual, expected } = await schemaTexts();
  expect(actual === expected, 'src/shared/api/schema.d.ts is stale: run `npm run api` in static-web').toBe(true);
}, 30_000);
