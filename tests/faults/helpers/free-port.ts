import net from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now: the kernel picks it, we release
 * it. Another process could take it in between; on a test machine that is rare enough.
 */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (address === null || typeof address === 'string') {
				server.close();
				reject(new Error('no TCP address'));
				return;
			}
			server.close(() => resolve(address.port));
		});
	});
}
