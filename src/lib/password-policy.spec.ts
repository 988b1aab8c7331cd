import { describe, expect, it } from 'vitest';
import { setPasswordSchema } from './forms/set-password';
import { isCommonPassword } from './password-policy';

describe('password policy', () => {
	it('refuses common passwords whatever their case and spaces', () => {
		expect(isCommonPassword('MotDePasse123')).toBe(true);
		expect(isCommonPassword('azerty uiop123')).toBe(true);
		expect(isCommonPassword('trois pommes vertes au marché')).toBe(false);
	});

	it.each([
		['short-pass1', 'Le mot de passe doit faire au moins 12 caractères.'],
		['password1234', 'Ce mot de passe est trop courant : choisissez-en un autre.']
	])('refuses %s with a French message', (password, message) => {
		const result = setPasswordSchema.safeParse({ password, confirm: password });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe(message);
	});

	it('requires the confirmation to match, and accepts a long uncommon passphrase', () => {
		const mismatch = setPasswordSchema.safeParse({
			password: 'une phrase assez longue',
			confirm: 'autre'
		});
		expect(mismatch.error?.issues[0]?.path).toEqual(['confirm']);
		const good = setPasswordSchema.safeParse({
			password: 'une phrase assez longue',
			confirm: 'une phrase assez longue'
		});
		expect(good.success).toBe(true);
	});
});
