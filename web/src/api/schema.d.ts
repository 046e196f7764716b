// The API types live with the API client, generated once into clients/api/schema.d.ts (`npm run api:types`).
export type * from '../../../clients/api/schema';
