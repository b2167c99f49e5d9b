/**
 * The numbers shown at the top of every home page and on the help page. They work free of charge from
 * any phone in Kazakhstan. Each must also be in content/contacts/ with its source (a unit test checks):
 * egov.kz "Emergency number 112" (112, 102, 103) and the 111 contact centre (Turantimes, 16 Oct 2023).
 */
export const emergencyNumbers = [
  { number: '112', label: 'home.emergency.112' },
  { number: '102', label: 'home.emergency.102' },
  { number: '103', label: 'home.emergency.103' },
  { number: '111', label: 'home.emergency.111' },
] as const;
