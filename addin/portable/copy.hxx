// Save a portable copy: an open workbook that uses tokwatt functions is
// written to a new file in which every tokwatt call is a formula of
// built-in functions (portable/rewrite.hxx), so the copy stays live in a
// LibreOffice without the extension, in Excel and in other programs.
//
// The user's document is never modified: it is stored to memory, loaded
// again hidden, rewritten there, checked, and stored as the copy. Every
// rewritten cell is recalculated with the built-in formula and compared
// with the value the add-in computed; a cell whose value would change
// (and every cell without a built-in equivalent) is frozen to the add-in's
// value, with a note saying so. Charts, styles, validity rules, notes and
// other sheets are kept as the document has them; a validity rule of one
// bound (">= 0") is written as one of two ("between 0 and
// 9.99999999999999E+307"), which Gnumeric reads in .xlsx too.
//
// Runs inside the office (the menu entry, portable/menu.cxx) or in a
// client connected to one (tokwatt-office portable, the tests).
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace tokwatt::portable
{
struct CopyReport
{
    int rewritten = 0;    // cells whose formula became built-in functions
    int with_presets = 0; // of those, cells with presets written in (a note each)
    int arrays = 0;       // COHORT arrays split into one formula per cell
    int frozen = 0;       // cells frozen to their value (a note each)
    int names = 0;        // named expressions rewritten
    int rules = 0;        // ranges whose validity rule ">= min" became "between min
                          // and 9.99999999999999E+307" (Gnumeric drops the first in .xlsx)
    std::vector<std::string> frozen_cells; // "Sheet1.B29: why"
    std::vector<std::string> unrewritten_names; // named expressions left as they are
    double seconds = 0;   // how long the copy took
    // The largest relative difference between a number the add-in computed
    // and the one its built-in formula computes, over the cells kept.
    double worst_difference = 0;
};

// Writes the portable copy of `document`, a spreadsheet open in the office
// of `context`, to target_url (a file URL). The format follows its
// extension: .xlsx writes Excel 2007-365 ("Calc Office Open XML"), anything
// else ODF (.ods). Throws css::uno::Exception or std::runtime_error.
CopyReport save_portable_copy(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::lang::XComponent>& document,
                              const rtl::OUString& target_url);

// The report in one sentence, for a message box or a terminal.
std::string summary(const CopyReport& report);
}
