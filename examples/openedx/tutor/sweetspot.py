"""Sweetspot on the Open edX learner dashboard: a single-file Tutor plugin.

It installs the sweetspot and sweetspot-openedx npm packages into the learner-dashboard MFE image,
configures them at runtime, and puts two frontend-plugin-framework widgets into the dashboard's
slots: a tag on every course card and the learner's interests panel in the sidebar. Installing
it:

    cp sweetspot.py "$(tutor plugins printroot)/"
    tutor plugins enable sweetspot
    tutor config save \
        --set SWEETSPOT_MAPPING_URL=https://static.example.org/sweetspot/openedx-mapping.json \
        --set "SWEETSPOT_NPM_PACKAGES=https://static.example.org/sweetspot/sweetspot-0.1.0.tgz https://static.example.org/sweetspot/sweetspot-openedx-0.1.0.tgz"
    tutor images build mfe
    tutor local launch

The configuration is build-time: after changing it, rebuild the "mfe" image. The mapping file
itself is read at runtime, so editing it needs no rebuild.
"""
from tutor import hooks
from tutormfe.hooks import PLUGIN_SLOTS

hooks.Filters.CONFIG_DEFAULTS.add_items(
    [
        # The admin's mapping file: {schema, organization, taxonomy, roleField?, courses}.
        ("SWEETSPOT_MAPPING_URL", ""),
        # What `npm install` installs: the two package tarballs (npm pack of web/ and of
        # examples/openedx/), as URLs or as names@versions from a registry you use.
        ("SWEETSPOT_NPM_PACKAGES", "sweetspot@0.1 sweetspot-openedx@0.1"),
        # An extended-profile field with the learner's role (overrides the mapping's roleField).
        ("SWEETSPOT_ROLE_FIELD", ""),
    ]
)

hooks.Filters.ENV_PATCHES.add_items(
    [
        (
            "mfe-dockerfile-post-npm-install-learner-dashboard",
            "RUN npm install --no-save {{ SWEETSPOT_NPM_PACKAGES }}",
        ),
        (
            # Inside `if (process.env.APP_ID == 'learner-dashboard')` of tutor-mfe's env.config.jsx,
            # before that MFE's plugin slots are added: the names below are in their scope.
            "mfe-env-config-runtime-definitions-learner-dashboard",
            """
    const { SweetspotCourseTag, SweetspotInterests, configureSweetspot } = await import('sweetspot-openedx');
    configureSweetspot({
      mappingUrl: '{{ SWEETSPOT_MAPPING_URL }}',
      roleField: '{{ SWEETSPOT_ROLE_FIELD }}' || undefined,
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
