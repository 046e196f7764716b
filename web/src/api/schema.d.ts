// The API types live with the API client, generated once into client/schema.d.ts (`npm run api:types`).
export type * from '../../../client/schema';
