import { resolve } from 'node:path';

export interface ServerConfig {
	dataDir: string;
	port: number;
	host: string;
	/** Overrides the generated admin token when set. */
	adminToken: string | null;
	/** Base URL printed in links and QR codes when the LAN address guess is wrong. */
	publicUrl: string | null;
	/** The province server: meetings in PostgreSQL instead of lowdb files (postgres://…). */
	databaseUrl?: string | null;
	/** The province server: several processes joined through Redis (redis://…). */
	redisUrl?: string | null;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	return {
		dataDir: resolve(env.DATA_DIR || 'data'),
		port: Number(env.PORT || 3000),
		host: env.HOST || '0.0.0.0',
		adminToken: env.ADMIN_TOKEN || null,
		publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
		databaseUrl: env.DATABASE_URL || null,
		redisUrl: env.REDIS_URL || null
	};
}
