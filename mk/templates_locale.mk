# The templates do not depend on the builder's locale: they are built again
# under en_US and under de_DE (decimal commas, WAHR for TRUE, centimetres,
# German as the default language), and every content.xml and styles.xml of
# each .ots (the sheets' and the charts') must be the same to the byte as
# in the shipped build. The locales come with the Debian package
# locales-all (tools/install-deps.sh).
EXTRA_TESTS += test-templates-locale
.PHONY: test-templates-locale

TEMPLATE_LOCALES := en_US de_DE

test-templates-locale: $(B)/pkg/templates $(B)/build-templates $(B)/tokwatt-addin.oxt
	@for l in $(TEMPLATE_LOCALES); do \
	    locale -a | grep -qix "$$l.utf-\?8" \
	        || { echo "test-templates-locale: no $$l.UTF-8 locale (install locales-all)" >&2; exit 1; }; \
	done
	for l in $(TEMPLATE_LOCALES); do \
	    rm -rf $(B)/templates-$$l $(B)/template-profile-$$l; \
	    LANG=$$l.UTF-8 LC_ALL=$$l.UTF-8 LANGUAGE=$${l%_*} \
	        $(B)/build-templates $(B)/tokwatt-addin.oxt $(B)/template-profile-$$l \
	        $(B)/templates-$$l > /dev/null || exit 1; \
	done
	@differ=0; parts=0; \
	for ots in $(B)/pkg/templates/*.ots; do \
	    name=$$(basename $$ots); \
	    for part in $$(unzip -Z1 $$ots | grep -E '(^|/)(content|styles)\.xml$$'); do \
	        unzip -p $$ots $$part > $(B)/templates-part.shipped; \
	        for l in $(TEMPLATE_LOCALES); do \
	            parts=$$((parts + 1)); \
	            unzip -p $(B)/templates-$$l/$$name $$part > $(B)/templates-part.$$l 2>/dev/null; \
	            if ! cmp -s $(B)/templates-part.shipped $(B)/templates-part.$$l; then \
	                differ=1; echo "$$name $$part: the $$l build differs:"; \
	                sed 's/></>\n</g' $(B)/templates-part.shipped > $(B)/templates-part.a; \
	                sed 's/></>\n</g' $(B)/templates-part.$$l > $(B)/templates-part.b; \
	                diff $(B)/templates-part.a $(B)/templates-part.b | head -10; \
	            fi; \
	        done; \
	    done; \
	done; \
	rm -f $(B)/templates-part.*; \
	test $$differ = 0 || exit 1; \
	echo "templates: $$parts parts built under $(TEMPLATE_LOCALES) are the same as the shipped ones"
