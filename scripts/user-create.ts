// npm run user:create -- --email … --name … --role coordinator
//                     | --role admin|animator --relay <slug>
//                     | --role official [--relay <slug> | --epci <SIREN>]
// Makes an account on a production database (the coordinator first, typically; then the
// relays' admins if not created in the portal) and sends the link to choose its password
// through the outbox; the server's sender delivers it. With --print-link the link is also
// printed, for a first account when mail is not set up yet. --help lists the options.
import { connectDatabase } from '../src/lib/server/db/connect';
import { config } from '../src/lib/server/config';
import { parseUserCreateArgs, userCreateUsage } from '../src/lib/server/staff/user-create-args';
import { createUserFromArgs } from '../src/lib/server/staff/create-user-from-args';

const parsed = parseUserCreateArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
	console.log(userCreateUsage);
	process.exit(0);
}
if (!parsed.ok) {
	for (const error of parsed.errors) console.error(error);
	console.error('\n' + userCreateUsage);
	process.exit(2);
}

const handle = await connectDatabase({
	url: config.databaseUrl,
	dataDir: config.pgliteDataDir,
	poolSize: 1
});
try {
	await handle.migrate();
	const outcome = await createUserFromArgs(handle.db, parsed.args);
	if (outcome.ok) {
		console.log(outcome.message);
		if (parsed.args.printLink) console.log(outcome.link);
	} else {
		console.error(outcome.error);
		process.exitCode = 2;
	}
} finally {
	await handle.close();
}
