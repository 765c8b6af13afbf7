import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

const email = 'maria.gonzalez@defensa.gob.example';

describe('passwordWeakness', () => {
	it.each([
		'aaaaaaaaaaaa',
		'passwordpassword',
		'contraseña123456',
		'motdepasse2024',
		'senhasenha123',
		'qwertyuiopasdf',
		'123456789012',
		`${email}1234`,
		'mariagonzalez2024',
		'Defensa2024!!'
	])('refuses %j', (password) => {
		expect(passwordWeakness(password, [email, 'María González'], 'en')).not.toBeNull();
	});

	it.each(['correct horse battery staple', 'e2e-password-123456', 'tigre azul sobre 7 nubes'])(
		'accepts %j',
		(password) => {
			expect(passwordWeakness(password, [email, 'María González'], 'en')).toBeNull();
		}
	);

	it("explains the refusal in the reader's language", () => {
		expect(passwordWeakness('aaaaaaaaaaaa', [], 'es')).toMatch(/demasiado fácil de adivinar/);
		expect(passwordWeakness('aaaaaaaaaaaa', [], 'en')).toMatch(/too easy to guess/);
		expect(passwordWeakness('aaaaaaaaaaaa', [], 'pt')).toMatch(/fácil demais de adivinhar/);
		expect(passwordWeakness('aaaaaaaaaaaa', [], 'fr')).toMatch(/trop facile à deviner/);
		expect(passwordWeakness(`${email}99`, [email], 'es')).toMatch(/correo/);
	});
});
