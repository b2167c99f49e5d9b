import { describe, expect, it } from 'vitest';
import { facilitiesHtml } from '../../../src/lib/offline/facilities.ts';

describe('the one-file guide facility list', () => {
  it('names the town or village of each facility and says address notes in the reader’s language', () => {
    const html = facilitiesHtml(
      [{ id: 'a', name: 'Врачебная амбулатория, с. Жемисти', city: 'Жемисти', address: 'Сарыагашский район, с. Жемисти', phones: [] },
        { id: 'b', name: 'Поликлиника «Атамекен»', city: 'Шымкент', address: 'г. Шымкент (обслуживает мкр Кайтпас-1; точный адрес не найден)', phones: [] }],
      { title: 'Clinics', intro: 'i', source: 'Source', settlement: 'Town or village', noAddress: 'exact address not found', serves: 'serves' },
    );
    expect(html).toContain('Town or village: Жемисти');
    expect(html).toContain('г. Шымкент (serves: мкр Кайтпас-1; exact address not found)');
    expect(html).not.toContain('точный адрес');
  });
});
