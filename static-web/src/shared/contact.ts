// The contact person of a registration, shared by the attendee form (POST …/registrations) and the
// back office's contact editor (PUT …/contact): what a form holds, and what the API reads.

/** As typed in a form: every text as it stands. */
export interface ContactFields {
  email: string;
  civility: string;
  lastName: string;
  firstName: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
  mobile: string;
  professional: boolean;
  comment: string;
}

/** As the API reads it: trimmed, optional texts null when empty, the country code in capitals. */
export interface ContactBody {
  email: string;
  civility: string | null;
  lastName: string;
  firstName: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string | null;
  mobile: string | null;
  professional: boolean;
  comment: string | null;
}

export function toContactBody(contact: ContactFields): ContactBody {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    email: contact.email.trim(),
    civility: optional(contact.civility),
    lastName: contact.lastName.trim(),
    firstName: contact.firstName.trim(),
    address: contact.address.trim(),
    postalCode: contact.postalCode.trim(),
    city: contact.city.trim(),
    country: contact.country.trim().toUpperCase(),
    phone: optional(contact.phone),
    mobile: optional(contact.mobile),
    professional: contact.professional,
    comment: optional(contact.comment),
  };
}
