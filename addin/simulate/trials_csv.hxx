// Every trial of a run as CSV, to audit or re-use elsewhere: a header row
// of the names the report uses (trial, then the inputs, then the outputs,
// as the "Trials" sheet), then a row per trial; UTF-8, ',' between
// fields, '\n' after each row, fields with ',' '"' or a line break quoted
// RFC 4180-style; numbers in the shortest form that reads back to the
// same double (std::to_chars: '.' as the decimal point whatever the
// locale), an output that showed an error an empty field.
#pragma once

#include <rtl/ustring.hxx>

#include "simulate.hxx"

namespace tokwatt::simulate
{
// Writes the file at url (a file URL) whole or not at all: into a
// neighbour first, renamed over url when complete. Throws
// std::runtime_error saying why it could not.
void write_trials_csv(const Results& results, const rtl::OUString& url);
}
