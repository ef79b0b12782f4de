"""Sweetspot on the Open edX learner dashboard: a Tutor plugin.

It installs the sweetspot and sweetspot-openedx packages into the learner-dashboard MFE image,
configures them at runtime, and puts two frontend-plugin-framework widgets into the dashboard's
slots: a tag on every course card and the learner's interests panel in the sidebar.

Out of the box it needs no npm registry: `node scripts/package-openedx.mjs` (in the Sweetspot
project) writes this file together with a `sweetspot-vendor/` folder holding both packages as
tarballs; copy both into Tutor's plugins root and the image build installs the tarballs from
there. Installing it:

    cp -r sweetspot.py sweetspot-vendor "$(tutor plugins printroot)/"
    tutor plugins enable sweetspot
    tutor config save --set SWEETSPOT_MAPPING_URL=https://static.example.org/sweetspot/openedx-mapping.json
    tutor images build mfe
    tutor local launch

SWEETSPOT_MAPPING_URL may stay empty: the plugin then reads SWEETSPOT_MAPPING_URL from the MFE
runtime configuration (the LMS's MFE_CONFIG), so the mapping can move without a rebuild.
SWEETSPOT_NPM_PACKAGES, when set, replaces the vendored tarballs with what `npm install` should
install instead (URLs of the tarballs, or names@versions from a registry you publish them to).
Everything else is build-time: after changing it, rebuild the "mfe" image. The mapping file
itself is read at runtime.
"""
import os

from tutor import env as tutor_env
from tutor import hooks
from tutormfe.hooks import PLUGIN_SLOTS

HERE = os.path.dirname(os.path.abspath(__file__))
VENDOR = "sweetspot-vendor"

hooks.Filters.CONFIG_DEFAULTS.add_items(
    [
        # The admin's mapping file: {schema, organization, taxonomy, roleField?, courses}. Empty:
        # the MFE runtime configuration's SWEETSPOT_MAPPING_URL.
        ("SWEETSPOT_MAPPING_URL", ""),
        # Empty: install the tarballs of sweetspot-vendor/ next to this file (no registry needed).
        # Else what `npm install` installs: tarball URLs, or names@versions of a registry you use.
        ("SWEETSPOT_NPM_PACKAGES", ""),
        # An extended-profile field with the learner's role (overrides the mapping's roleField).
        ("SWEETSPOT_ROLE_FIELD", ""),
    ]
)

# The vendored tarballs go into the MFE image's build context, where tutor-mfe renders its
# Dockerfile (env/plugins/mfe/build/mfe/: `tutor images build mfe` builds there), so that the
# Dockerfile's COPY ./sweetspot-vendor finds them; copied as they are: Tutor renders every other
# template file with Jinja.
if os.path.isdir(os.path.join(HERE, VENDOR)):
    if ".tgz" not in tutor_env.BIN_FILE_EXTENSIONS:
        tutor_env.BIN_FILE_EXTENSIONS.append(".tgz")
    hooks.Filters.ENV_TEMPLATE_ROOTS.add_item(HERE)
    hooks.Filters.ENV_TEMPLATE_TARGETS.add_item((VENDOR, "plugins/mfe/build/mfe"))

hooks.Filters.ENV_PATCHES.add_items(
    [
        (
            "mfe-dockerfile-post-npm-install-learner-dashboard",
            """{% if SWEETSPOT_NPM_PACKAGES %}RUN npm install --no-save --no-audit --no-fund {{ SWEETSPOT_NPM_PACKAGES }}
{% else %}COPY ./sweetspot-vendor /openedx/sweetspot-vendor
RUN npm install --no-save --no-audit --no-fund /openedx/sweetspot-vendor/*.tgz
{% endif %}""",
        ),
        (
            # Inside `if (process.env.APP_ID == 'learner-dashboard')` of tutor-mfe's env.config.jsx,
            # before that MFE's plugin slots are added: the names below are in their scope. An
            # empty SWEETSPOT_MAPPING_URL renders '' and falls back to the runtime configuration.
            "mfe-env-config-runtime-definitions-learner-dashboard",
            """
      const { SweetspotCourseTag, SweetspotInterests, configureSweetspot } = await import('sweetspot-openedx');
      configureSweetspot({
        mappingUrl: '{{ SWEETSPOT_MAPPING_URL }}',
        roleField: '{{ SWEETSPOT_ROLE_FIELD }}',
      });
""",
        ),
    ]
)

PLUGIN_SLOTS.add_items(
    [
        (
            "learner-dashboard",
            "org.openedx.frontend.learner_dashboard.course_card_action.v1",
            """
            {
              op: PLUGIN_OPERATIONS.Insert,
              widget: {
                id: 'sweetspot_course_tag',
                type: DIRECT_PLUGIN,
                priority: 60,
                RenderWidget: SweetspotCourseTag,
              },
            }""",
        ),
        (
            "learner-dashboard",
            "org.openedx.frontend.learner_dashboard.widget_sidebar.v1",
            """
            {
              op: PLUGIN_OPERATIONS.Insert,
              widget: {
                id: 'sweetspot_interests',
                type: DIRECT_PLUGIN,
                priority: 40,
                RenderWidget: SweetspotInterests,
              },
            }""",
        ),
    ]
)
