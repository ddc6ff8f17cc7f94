// The checks of the portable-copy suite: a copy names no tokwatt function,
// an office without the extension, input changes applied to an original
// and its copies which must follow it, a template's inputs and files, and
// the copy itself (addin/portable/copy.hxx).
#pragma once

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>

#include "../../addin/portable/copy.hxx"
#include "../../tools/office.hxx"
#include "shown_cells.hxx"

namespace tokwatt_test::portable_copy
{
// A file of the copy names no tokwatt function: no "TOKWATT" in any of its
// XML parts (not even in notes), no table name called in a formula; and it
// does hold formulas.
void assert_no_tokwatt(const std::string& path, std::size_t at_least = 6);

// A file is there and not empty.
bool exists(const std::string& path);

// A second office on a fresh profile, without the extension: what someone
// without the add-in has.
std::unique_ptr<tokwatt::Office> office_without_extension();

// What an input takes: a number, or a text (a preset's name).
struct Input
{
    double number = 0;
    std::string text;
    bool is_text = false;

    Input(double n) : number(n) {}
    Input(const char* t) : text(t), is_text(true) {}
    Input(const std::string& t) : text(t), is_text(true) {}
};

// An input change applied to the original and to each copy: cells and the
// values they take.
using Change = std::vector<std::pair<std::string, Input>>; // "Sheet.B5" -> value

// The original and its copies (opened without the extension) agree now,
// and after each change, which must move some figure of the original. A
// change that takes an input out of a function's domain makes the add-in
// show Err:502 where the built-in formula computes on (README: the copy does
// not repeat the add-in's validation), and figures that count or combine
// those cells then differ too: such a change is not compared, and at least
// one change must be.
//
// Each state compared (the defaults, each change) is also stored for the
// independent engines (tests/engines, mk/engines.mk): every copy, as it
// stands with the change applied, to engine_dir()/<what>-<n><name> (n = 0
// the defaults), with beside it a .expect file of what the original shows
// with the add-in (frozen cells only at the defaults).
void assert_copies_follow(const std::string& what, const Document& original,
                          const std::vector<std::pair<std::string, Document>>& copies,
                          const std::vector<Change>& changes,
                          const std::set<std::string>& frozen = {});

// Where the engine cases are stored: <work dir>/engines.
std::string engine_dir();

sal_Int32 chart_count(const Document& document);

// The cell at "Sheet.B5", its properties.
css::uno::Reference<css::beans::XPropertySet> cell_properties(const Document& document,
                                                              const std::string& where);

// The template's number inputs (style "tokwatt Input"), each moved by a
// tenth, within what its validity rule allows; list inputs are left out.
std::vector<Change> template_inputs(const Document& document);

// The portable copy of document, written to path by the running office.
tokwatt::portable::CopyReport copy_to(const Document& document, const std::string& path);

// Cells frozen because the built-in formula disagreed with the add-in: a
// rewriter bug, never expected.
std::string disagreeing(const tokwatt::portable::CopyReport& report);
}
