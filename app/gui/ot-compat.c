/* ot-compat.c: the widgets of the GTK and libadwaita the program is built on
 *
 * Built with GDK_VERSION_MAX_ALLOWED and ADW_VERSION_MAX_ALLOWED left to
 * the headers (the installed versions), and the same MIN_REQUIRED as the
 * rest: each #if below picks the current widget where the library has it
 * and the one Debian 12 has otherwise, and neither warns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-compat"

#include "config.h"

#include "ot-compat.h"

#define OT_HAS_ADW_1_4 ADW_CHECK_VERSION (1, 4, 0)
#define OT_HAS_ADW_1_5 ADW_CHECK_VERSION (1, 5, 0)
#define OT_HAS_GTK_4_10 GTK_CHECK_VERSION (4, 10, 0)
#define OT_HAS_GTK_4_12 GTK_CHECK_VERSION (4, 12, 0)

/* Below this width the panes fold: the two panes' minimum widths and the
 * line between them, as AdwLeaflet folds. */
#define PANE_MIN_WIDTH 360
#define FOLD_BELOW (2 * PANE_MIN_WIDTH + 1)

/* OtPanes */

struct _OtPanes
{
  GtkWidget  parent_instance;

  GtkWidget *start;
  GtkWidget *end;
  char      *start_name;
  char      *end_name;
#if OT_HAS_ADW_1_4
  GtkWidget *bin;                 /* AdwBreakpointBin */
  AdwNavigationSplitView *split;
  AdwNavigationPage *start_page;
  AdwNavigationPage *end_page;
#else
  AdwLeaflet *leaflet;
#endif
};

enum
{
  PANES_PROP_0,
  PANES_PROP_START_NAME,
  PANES_PROP_END_NAME,
  PANES_PROP_FOLDED,
  PANES_PROP_VISIBLE_PAGE,
  PANES_N_PROPS
};

static GParamSpec *panes_properties[PANES_N_PROPS];

static void ot_panes_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OtPanes, ot_panes, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      ot_panes_buildable_init))

static GtkBuildableIface *panes_parent_buildable;

static GtkWidget *
panes_child (OtPanes *self)
{
#if OT_HAS_ADW_1_4
  return self->bin;
#else
  return GTK_WIDGET (self->leaflet);
#endif
}

static void
panes_folded_cb (OtPanes *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), panes_properties[PANES_PROP_FOLDED]);
}

static void
panes_page_cb (OtPanes *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), panes_properties[PANES_PROP_VISIBLE_PAGE]);
}

static void
panes_set_child (OtPanes   *self,
                 gboolean   start,
                 GtkWidget *child)
{
  g_return_if_fail ((start ? self->start : self->end) == NULL);

  if (start)
    self->start = child;
  else
    self->end = child;
#if OT_HAS_ADW_1_4
  adw_navigation_page_set_child (start ? self->start_page : self->end_page, child);
#else
  {
    AdwLeafletPage *page = adw_leaflet_append (self->leaflet, child);

    adw_leaflet_page_set_name (page, start ? self->start_name : self->end_name);
    if (start)
      {
        /* The line between the panes, passed over by navigation. */
        GtkWidget *line = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

        adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet, line), FALSE);
      }
  }
#endif
}

static void
ot_panes_add_child (GtkBuildable *buildable,
                    GtkBuilder   *builder,
                    GObject      *child,
                    const char   *type)
{
  OtPanes *self = OT_PANES (buildable);

  if (GTK_IS_WIDGET (child) && g_strcmp0 (type, "start") == 0)
    panes_set_child (self, TRUE, GTK_WIDGET (child));
  else if (GTK_IS_WIDGET (child) && g_strcmp0 (type, "end") == 0)
    panes_set_child (self, FALSE, GTK_WIDGET (child));
  else
    panes_parent_buildable->add_child (buildable, builder, child, type);
}

static void
ot_panes_buildable_init (GtkBuildableIface *iface)
{
  panes_parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = ot_panes_add_child;
}

/* The page names are known only once the properties are set. */
static void
panes_set_name (OtPanes    *self,
                gboolean    start,
                const char *name)
{
  char **field = start ? &self->start_name : &self->end_name;

  if (g_strcmp0 (*field, name) == 0)
    return;
  g_free (*field);
  *field = g_strdup (name);
#if OT_HAS_ADW_1_4
  adw_navigation_page_set_tag (start ? self->start_page : self->end_page, name);
#else
  {
    GtkWidget *child = start ? self->start : self->end;

    if (child != NULL)
      adw_leaflet_page_set_name (adw_leaflet_get_page (self->leaflet, child), name);
  }
#endif
}

gboolean
ot_panes_get_folded (OtPanes *self)
{
  g_return_val_if_fail (OT_IS_PANES (self), FALSE);

#if OT_HAS_ADW_1_4
  return adw_navigation_split_view_get_collapsed (self->split);
#else
  return adw_leaflet_get_folded (self->leaflet);
#endif
}

/* The page shown when folded, or last asked for: its name. */
const char *
ot_panes_get_visible_page (OtPanes *self)
{
  g_return_val_if_fail (OT_IS_PANES (self), NULL);

#if OT_HAS_ADW_1_4
  return adw_navigation_split_view_get_show_content (self->split) ? self->end_name
                                                                  : self->start_name;
#else
  return adw_leaflet_get_visible_child_name (self->leaflet);
#endif
}

void
ot_panes_set_visible_page (OtPanes    *self,
                           const char *name)
{
  g_return_if_fail (OT_IS_PANES (self));
  g_return_if_fail (name != NULL);

#if OT_HAS_ADW_1_4
  adw_navigation_split_view_set_show_content (self->split,
                                              g_strcmp0 (name, self->end_name) == 0);
#else
  adw_leaflet_set_visible_child_name (self->leaflet, name);
#endif
}

/* What the pages are called where the library names them (a navigation
 * page's title, read by screen readers). */
void
ot_panes_set_titles (OtPanes    *self,
                     const char *start_title,
                     const char *end_title)
{
  g_return_if_fail (OT_IS_PANES (self));

#if OT_HAS_ADW_1_4
  adw_navigation_page_set_title (self->start_page, start_title);
  adw_navigation_page_set_title (self->end_page, end_title);
#endif
}

static void
ot_panes_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OtPanes *self = OT_PANES (object);

  switch (prop_id)
    {
    case PANES_PROP_START_NAME:
      g_value_set_string (value, self->start_name);
      break;
    case PANES_PROP_END_NAME:
      g_value_set_string (value, self->end_name);
      break;
    case PANES_PROP_FOLDED:
      g_value_set_boolean (value, ot_panes_get_folded (self));
      break;
    case PANES_PROP_VISIBLE_PAGE:
      g_value_set_string (value, ot_panes_get_visible_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_panes_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OtPanes *self = OT_PANES (object);

  switch (prop_id)
    {
    case PANES_PROP_START_NAME:
      panes_set_name (self, TRUE, g_value_get_string (value));
      break;
    case PANES_PROP_END_NAME:
      panes_set_name (self, FALSE, g_value_get_string (value));
      break;
    case PANES_PROP_VISIBLE_PAGE:
      ot_panes_set_visible_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* As tall as the panes need, as narrow as one pane: AdwBreakpointBin
 * itself asks only for its width-request and height-request. */
static void
ot_panes_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  OtPanes *self = OT_PANES (widget);
  GtkWidget *child = panes_child (self);

#if OT_HAS_ADW_1_4
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      int bin_min, bin_nat;

      gtk_widget_measure (GTK_WIDGET (self->split), orientation, for_size, minimum, natural,
                          NULL, NULL);
      gtk_widget_measure (child, orientation, for_size, &bin_min, &bin_nat, NULL, NULL);
      *minimum = MAX (*minimum, bin_min);
      *natural = MAX (*natural, bin_nat);
      return;
    }
#endif
  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
}

static void
ot_panes_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  gtk_widget_allocate (panes_child (OT_PANES (widget)), width, height, baseline, NULL);
}

static void
ot_panes_dispose (GObject *object)
{
  OtPanes *self = OT_PANES (object);

  g_clear_pointer (&self->start_name, g_free);
  g_clear_pointer (&self->end_name, g_free);
#if OT_HAS_ADW_1_4
  g_clear_pointer (&self->bin, gtk_widget_unparent);
#else
  if (self->leaflet != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->leaflet));
  self->leaflet = NULL;
#endif

  G_OBJECT_CLASS (ot_panes_parent_class)->dispose (object);
}

static void
ot_panes_class_init (OtPanesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_panes_dispose;
  object_class->get_property = ot_panes_get_property;
  object_class->set_property = ot_panes_set_property;
  widget_class->measure = ot_panes_measure;
  widget_class->size_allocate = ot_panes_size_allocate;

  panes_properties[PANES_PROP_START_NAME] =
    g_param_spec_string ("start-name", NULL, NULL, "start",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  panes_properties[PANES_PROP_END_NAME] =
    g_param_spec_string ("end-name", NULL, NULL, "end",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  panes_properties[PANES_PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  panes_properties[PANES_PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, PANES_N_PROPS, panes_properties);
}

static void
ot_panes_init (OtPanes *self)
{
  self->start_name = g_strdup ("start");
  self->end_name = g_strdup ("end");

#if OT_HAS_ADW_1_4
  {
    AdwBreakpoint *breakpoint;
    GValue collapsed = G_VALUE_INIT;

    self->bin = adw_breakpoint_bin_new ();
    gtk_widget_set_size_request (self->bin, PANE_MIN_WIDTH, 1);
    gtk_widget_set_parent (self->bin, GTK_WIDGET (self));

    self->split = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());
    /* The letter about two fifths, the chart the rest, as the leaflet
     * shares the width out on Debian 12 (500 of 1280 pixels). */
    adw_navigation_split_view_set_sidebar_width_fraction (self->split, 0.4);
    adw_navigation_split_view_set_min_sidebar_width (self->split, PANE_MIN_WIDTH);
    adw_navigation_split_view_set_max_sidebar_width (self->split, G_MAXINT / 2);
    adw_navigation_split_view_set_sidebar_width_unit (self->split, ADW_LENGTH_UNIT_PX);
    self->start_page = g_object_new (ADW_TYPE_NAVIGATION_PAGE, "title", "", NULL);
    self->end_page = g_object_new (ADW_TYPE_NAVIGATION_PAGE, "title", "", NULL);
    adw_navigation_page_set_tag (self->start_page, self->start_name);
    adw_navigation_page_set_tag (self->end_page, self->end_name);
    adw_navigation_split_view_set_sidebar (self->split, self->start_page);
    adw_navigation_split_view_set_content (self->split, self->end_page);
    adw_breakpoint_bin_set_child (ADW_BREAKPOINT_BIN (self->bin), GTK_WIDGET (self->split));

    breakpoint = adw_breakpoint_new (adw_breakpoint_condition_new_length
                                       (ADW_BREAKPOINT_CONDITION_MAX_WIDTH, FOLD_BELOW - 1,
                                        ADW_LENGTH_UNIT_PX));
    g_value_init (&collapsed, G_TYPE_BOOLEAN);
    g_value_set_boolean (&collapsed, TRUE);
    adw_breakpoint_add_setter (breakpoint, G_OBJECT (self->split), "collapsed", &collapsed);
    g_value_unset (&collapsed);
    adw_breakpoint_bin_add_breakpoint (ADW_BREAKPOINT_BIN (self->bin), breakpoint);

    g_signal_connect_swapped (self->split, "notify::collapsed", G_CALLBACK (panes_folded_cb),
                              self);
    g_signal_connect_swapped (self->split, "notify::show-content", G_CALLBACK (panes_page_cb),
                              self);
  }
#else
  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_fold_threshold_policy (self->leaflet, ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  adw_leaflet_set_can_navigate_forward (self->leaflet, TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->leaflet), GTK_WIDGET (self));
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (panes_folded_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child-name",
                            G_CALLBACK (panes_page_cb), self);
#endif
}

/* OtToolbarView */

struct _OtToolbarView
{
  GtkWidget  parent_instance;

#if OT_HAS_ADW_1_4
  AdwToolbarView *view;
#else
  GtkBox    *box;
  GtkWidget *content;
  GtkWidget *last_top;            /* the last top bar, after which the content goes */
#endif
};

static void ot_toolbar_view_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OtToolbarView, ot_toolbar_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      ot_toolbar_view_buildable_init))

static GtkBuildableIface *toolbar_parent_buildable;

static void
ot_toolbar_view_add_child (GtkBuildable *buildable,
                           GtkBuilder   *builder,
                           GObject      *object,
                           const char   *type)
{
  OtToolbarView *self = OT_TOOLBAR_VIEW (buildable);
  GtkWidget *child;

  if (!GTK_IS_WIDGET (object))
    {
      toolbar_parent_buildable->add_child (buildable, builder, object, type);
      return;
    }

  child = GTK_WIDGET (object);
#if OT_HAS_ADW_1_4
  if (g_strcmp0 (type, "top") == 0)
    adw_toolbar_view_add_top_bar (self->view, child);
  else if (g_strcmp0 (type, "bottom") == 0)
    adw_toolbar_view_add_bottom_bar (self->view, child);
  else
    adw_toolbar_view_set_content (self->view, child);
#else
  if (g_strcmp0 (type, "top") == 0)
    {
      gtk_box_insert_child_after (self->box, child, self->last_top);
      self->last_top = child;
    }
  else if (g_strcmp0 (type, "bottom") == 0)
    gtk_box_append (self->box, child);
  else
    {
      g_return_if_fail (self->content == NULL);
      self->content = child;
      gtk_widget_set_vexpand (child, TRUE);
      gtk_box_insert_child_after (self->box, child, self->last_top);
    }
#endif
}

static void
ot_toolbar_view_buildable_init (GtkBuildableIface *iface)
{
  toolbar_parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = ot_toolbar_view_add_child;
}

static void
ot_toolbar_view_dispose (GObject *object)
{
  OtToolbarView *self = OT_TOOLBAR_VIEW (object);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  if (child != NULL)
    gtk_widget_unparent (child);
#if OT_HAS_ADW_1_4
  self->view = NULL;
#else
  self->box = NULL;
#endif

  G_OBJECT_CLASS (ot_toolbar_view_parent_class)->dispose (object);
}

static void
ot_toolbar_view_class_init (OtToolbarViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ot_toolbar_view_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
ot_toolbar_view_init (OtToolbarView *self)
{
#if OT_HAS_ADW_1_4
  self->view = ADW_TOOLBAR_VIEW (adw_toolbar_view_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->view), GTK_WIDGET (self));
#else
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));
#endif
}

/* OtBanner */

struct _OtBanner
{
  GtkWidget  parent_instance;

  char      *text;
#if OT_HAS_ADW_1_4
  AdwBanner *banner;
#else
  GtkInfoBar *info_bar;
  GtkLabel   *label;
#endif
  GtkRevealer *question;     /* made by ot_banner_set_question, or NULL */
  GtkLabel    *question_label;
  GtkButton   *primary;
  GtkButton   *secondary;
};

enum
{
  BANNER_SIGNAL_CLOSED,
  BANNER_SIGNAL_RESPONSE,
  BANNER_N_SIGNALS
};

static guint banner_signals[BANNER_N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtBanner, ot_banner, GTK_TYPE_WIDGET)

/* The text to show, or NULL to hide the bar. */
void
ot_banner_set_text (OtBanner   *self,
                    const char *text)
{
  g_return_if_fail (OT_IS_BANNER (self));

  g_free (self->text);
  self->text = g_strdup (text);
#if OT_HAS_ADW_1_4
  if (text != NULL)
    adw_banner_set_title (self->banner, text);
  adw_banner_set_revealed (self->banner, text != NULL);
#else
  if (text != NULL)
    gtk_label_set_text (self->label, text);
  /* Selectable, so it can be copied, and so focusable: only with a text. */
  gtk_label_set_selectable (self->label, text != NULL);
  gtk_info_bar_set_revealed (self->info_bar, text != NULL);
#endif
}

const char *
ot_banner_get_text (OtBanner *self)
{
  g_return_val_if_fail (OT_IS_BANNER (self), NULL);

  return self->text;
}

#if !OT_HAS_ADW_1_4
static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child);

      if (button != NULL)
        return button;
    }
  return NULL;
}
#endif

/* What the close button says, in the window's language. */
void
ot_banner_set_close_label (OtBanner   *self,
                           const char *label)
{
  g_return_if_fail (OT_IS_BANNER (self));

#if OT_HAS_ADW_1_4
  adw_banner_set_button_label (self->banner, label);
#else
  {
    GtkWidget *close = find_button (GTK_WIDGET (self->info_bar));

    if (close != NULL)
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        label, -1);
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (close),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY);
        g_object_set_data (G_OBJECT (close), "ot-accessible-named", GINT_TO_POINTER (TRUE));
        gtk_widget_set_tooltip_text (close, label);
      }
  }
#endif
}

static void
question_answered_cb (GtkButton *button,
                      OtBanner  *self)
{
  const char *response = button == self->primary ? "primary" : "secondary";

  ot_banner_set_question (self, NULL, NULL, NULL);
  g_signal_emit (self, banner_signals[BANNER_SIGNAL_RESPONSE], 0, response);
}

void
ot_banner_set_question (OtBanner   *self,
                        const char *text,
                        const char *primary,
                        const char *secondary)
{
  g_return_if_fail (OT_IS_BANNER (self));

  /* Made when first asked: no button without a name. */
  if (self->question == NULL && text == NULL)
    return;
  if (self->question == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      self->question = GTK_REVEALER (gtk_revealer_new ());
      self->question_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (self->question_label, TRUE);
      gtk_label_set_wrap_mode (self->question_label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (self->question_label, 0.0f);
      gtk_widget_set_hexpand (GTK_WIDGET (self->question_label), TRUE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->question_label));
      self->secondary = GTK_BUTTON (gtk_button_new ());
      self->primary = GTK_BUTTON (gtk_button_new ());
      gtk_widget_add_css_class (GTK_WIDGET (self->primary), "suggested-action");
      for (guint i = 0; i < 2; i++)
        {
          GtkWidget *button = GTK_WIDGET (i == 0 ? self->secondary : self->primary);

          gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          g_signal_connect (button, "clicked", G_CALLBACK (question_answered_cb), self);
          gtk_box_append (GTK_BOX (box), button);
        }
      gtk_widget_add_css_class (box, "ot-question-banner");
      gtk_revealer_set_child (self->question, box);
      gtk_widget_set_parent (GTK_WIDGET (self->question), GTK_WIDGET (self));
    }

  g_free (self->text);
  self->text = g_strdup (text);
  if (text != NULL)
    {
      gtk_label_set_text (self->question_label, text);
      gtk_button_set_label (self->primary, primary);
      gtk_button_set_label (self->secondary, secondary);
    }
  gtk_revealer_set_reveal_child (self->question, text != NULL);
}

static void
banner_closed_cb (OtBanner *self)
{
  ot_banner_set_text (self, NULL);
  g_signal_emit (self, banner_signals[BANNER_SIGNAL_CLOSED], 0);
}

static void
ot_banner_dispose (GObject *object)
{
  OtBanner *self = OT_BANNER (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->question = NULL;
  self->question_label = NULL;
  self->primary = NULL;
  self->secondary = NULL;
#if OT_HAS_ADW_1_4
  self->banner = NULL;
#else
  self->info_bar = NULL;
  self->label = NULL;
#endif

  G_OBJECT_CLASS (ot_banner_parent_class)->dispose (object);
}

static void
ot_banner_finalize (GObject *object)
{
  g_free (OT_BANNER (object)->text);

  G_OBJECT_CLASS (ot_banner_parent_class)->finalize (object);
}

static void
ot_banner_class_init (OtBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ot_banner_dispose;
  object_class->finalize = ot_banner_finalize;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);

  banner_signals[BANNER_SIGNAL_CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  banner_signals[BANNER_SIGNAL_RESPONSE] =
    g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ot_banner_init (OtBanner *self)
{
#if OT_HAS_ADW_1_4
  self->banner = ADW_BANNER (adw_banner_new (""));
  /* A file's name is text, not markup. */
  adw_banner_set_use_markup (self->banner, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->banner), "error");
  gtk_widget_set_parent (GTK_WIDGET (self->banner), GTK_WIDGET (self));
  g_signal_connect_swapped (self->banner, "button-clicked", G_CALLBACK (banner_closed_cb), self);
#else
  self->info_bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_ERROR);
  gtk_info_bar_set_show_close_button (self->info_bar, TRUE);
  gtk_info_bar_set_revealed (self->info_bar, FALSE);
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->label, 0.0f);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_info_bar_add_child (self->info_bar, GTK_WIDGET (self->label));
  gtk_widget_set_parent (GTK_WIDGET (self->info_bar), GTK_WIDGET (self));
  g_signal_connect_swapped (self->info_bar, "response", G_CALLBACK (banner_closed_cb), self);
#endif
}

/* Dialogs */

void
ot_compat_alert (GtkWidget  *parent,
                 const char *heading,
                 const char *body,
                 const char *close_label)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (parent));

#if OT_HAS_ADW_1_5
  dialog = GTK_WIDGET (adw_alert_dialog_new (heading, body));
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", close_label);
#else
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", close_label);
#endif
  ot_compat_present (dialog, parent);
}

typedef struct
{
  OtCompatAskFunc callback;
  gpointer        user_data;
} Ask;

static void
ask_response_cb (GtkWidget  *dialog,
                 const char *response,
                 Ask        *ask)
{
  /* One answer: closing the dialog after a choice is no second one. */
  g_signal_handlers_disconnect_by_func (dialog, ask_response_cb, ask);
  ask->callback (response, ask->user_data);
}

GtkWidget *
ot_compat_ask (GtkWidget          *parent,
               const char         *heading,
               const char         *body,
               const char * const *responses,
               const char         *default_id,
               const char         *cancel_id,
               const char         *destructive_id,
               OtCompatAskFunc     callback,
               gpointer            user_data)
{
  GtkWidget *dialog;
  Ask *ask;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (responses != NULL && callback != NULL, NULL);

#if OT_HAS_ADW_1_5
  dialog = GTK_WIDGET (adw_alert_dialog_new (heading, body));
  for (guint i = 0; responses[i] != NULL && responses[i + 1] != NULL; i += 2)
    adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), responses[i], responses[i + 1]);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), default_id);
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), cancel_id);
  if (destructive_id != NULL)
    adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), destructive_id,
                                              ADW_RESPONSE_DESTRUCTIVE);
  if (default_id != NULL)
    adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), default_id,
                                              ADW_RESPONSE_SUGGESTED);
#else
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body);
  for (guint i = 0; responses[i] != NULL && responses[i + 1] != NULL; i += 2)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), responses[i], responses[i + 1]);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), default_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), cancel_id);
  if (destructive_id != NULL)
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), destructive_id,
                                                ADW_RESPONSE_DESTRUCTIVE);
  if (default_id != NULL)
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), default_id,
                                                ADW_RESPONSE_SUGGESTED);
#endif
  ask = g_new0 (Ask, 1);
  ask->callback = callback;
  ask->user_data = user_data;
  g_signal_connect_data (dialog, "response", G_CALLBACK (ask_response_cb), ask,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  ot_compat_present (dialog, parent);
  return dialog;
}

/* An about window or dialog; its properties (application-name, version,
 * comments, …) have the same names in both. */
GtkWidget *
ot_compat_about_new (void)
{
#if OT_HAS_ADW_1_5
  return GTK_WIDGET (adw_about_dialog_new ());
#else
  return adw_about_window_new ();
#endif
}

void
ot_compat_about_add_legal_section (GtkWidget  *about,
                                   const char *title,
                                   const char *copyright,
                                   GtkLicense  license_type,
                                   const char *license)
{
#if OT_HAS_ADW_1_5
  adw_about_dialog_add_legal_section (ADW_ABOUT_DIALOG (about), title, copyright, license_type,
                                      license);
#else
  /* libadwaita 1.2 never frees a legal section's copyright: it goes at
   * the head of the section's text instead. */
  {
    g_autofree char *text = copyright == NULL ? g_strdup (license)
                            : license == NULL ? g_strdup (copyright)
                            : g_strconcat (copyright, "\n\n", license, NULL);

    adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), title, NULL, license_type,
                                        text);
  }
#endif
}

/* @page in a preferences window or dialog of its own, without search. */
GtkWidget *
ot_compat_preferences_new (AdwPreferencesPage *page,
                           int                 width,
                           int                 height)
{
  GtkWidget *dialog;

  g_return_val_if_fail (ADW_IS_PREFERENCES_PAGE (page), NULL);

#if OT_HAS_ADW_1_5
  dialog = GTK_WIDGET (adw_preferences_dialog_new ());
  adw_preferences_dialog_set_search_enabled (ADW_PREFERENCES_DIALOG (dialog), FALSE);
  adw_dialog_set_content_width (ADW_DIALOG (dialog), width);
  adw_dialog_set_content_height (ADW_DIALOG (dialog), height);
  adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (dialog), page);
#else
  dialog = adw_preferences_window_new ();
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (dialog), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), width, height);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (dialog), page);
#endif
  return dialog;
}

void
ot_compat_dialog_set_title (GtkWidget  *dialog,
                            const char *title)
{
#if OT_HAS_ADW_1_5
  if (ADW_IS_DIALOG (dialog))
    {
      adw_dialog_set_title (ADW_DIALOG (dialog), title);
      return;
    }
#endif
  if (GTK_IS_WINDOW (dialog))
    gtk_window_set_title (GTK_WINDOW (dialog), title);
}

/* @dialog over the window of @parent: a sheet in it, or a window of its own
 * that stays above it. */
void
ot_compat_present (GtkWidget *dialog,
                   GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

#if OT_HAS_ADW_1_5
  if (ADW_IS_DIALOG (dialog))
    {
      adw_dialog_present (ADW_DIALOG (dialog), parent);
      return;
    }
#endif
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The dialog of @type shown over @parent's window (a sheet in it, or a
 * window above it), or NULL: what a test closes. */
GtkWidget *
ot_compat_find_dialog (GtkWidget *parent,
                       GType      type)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GListModel *toplevels = gtk_window_get_toplevels ();

#if OT_HAS_ADW_1_5
  if (ADW_IS_APPLICATION_WINDOW (root))
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (root));

      if (dialog != NULL && G_TYPE_CHECK_INSTANCE_TYPE (dialog, type))
        return GTK_WIDGET (dialog);
    }
#endif
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_window_get_transient_for (window) == GTK_WINDOW (root)
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

gboolean
ot_compat_close_dialog (GtkWidget *dialog)
{
#if OT_HAS_ADW_1_5
  if (ADW_IS_DIALOG (dialog))
    return adw_dialog_close (ADW_DIALOG (dialog));
#endif
  gtk_window_close (GTK_WINDOW (dialog));
  return TRUE;
}

/* Files */

#if OT_HAS_GTK_4_10
static void
file_dialog_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = GPOINTER_TO_INT (g_task_get_task_data (task)) == OT_COMPAT_FILE_OPEN
    ? gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error)
    : gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
  else if (error != NULL && !g_error_matches (error, GTK_DIALOG_ERROR,
                                              GTK_DIALOG_ERROR_DISMISSED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, file, g_object_unref);
}
#else
static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GTask           *task)
{
  GFile *file = response == GTK_RESPONSE_ACCEPT
    ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  g_signal_handlers_disconnect_by_data (chooser, task);
  if (g_task_get_cancellable (task) != NULL)
    g_signal_handlers_disconnect_by_data (g_task_get_cancellable (task), chooser);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_clear_object (&file);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
    }
  else
    g_task_return_pointer (task, file, g_object_unref);
  g_object_unref (task);
}

static void
chooser_cancelled_cb (GCancellable    *cancellable,
                      GtkNativeDialog *chooser)
{
  gtk_native_dialog_hide (chooser);
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
}
#endif

void
ot_compat_choose_file (GtkWindow           *parent,
                       OtCompatFileMode     mode,
                       const char          *title,
                       const char          *accept_label,
                       GFile               *folder,
                       const char          *name,
                       GtkFileFilter       *filter,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_source_tag (task, ot_compat_choose_file);
  g_task_set_task_data (task, GINT_TO_POINTER (mode), NULL);

#if OT_HAS_GTK_4_10
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
    g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    if (folder != NULL && g_file_query_exists (folder, NULL))
      gtk_file_dialog_set_initial_folder (dialog, folder);
    if (name != NULL)
      gtk_file_dialog_set_initial_name (dialog, name);
    if (filter != NULL)
      {
        g_list_store_append (filters, filter);
        gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
        gtk_file_dialog_set_default_filter (dialog, filter);
      }
    if (mode == OT_COMPAT_FILE_OPEN)
      gtk_file_dialog_open (dialog, parent, cancellable, file_dialog_cb, task);
    else
      gtk_file_dialog_save (dialog, parent, cancellable, file_dialog_cb, task);
  }
#else
  {
    GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (title, parent, mode == OT_COMPAT_FILE_OPEN
                                                  ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                  : GTK_FILE_CHOOSER_ACTION_SAVE,
                                   accept_label, NULL);

    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    if (name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    if (folder != NULL && g_file_query_exists (folder, NULL))
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    if (filter != NULL)
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), task);
    if (cancellable != NULL)
      g_signal_connect_object (cancellable, "cancelled", G_CALLBACK (chooser_cancelled_cb),
                               chooser, 0);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

GFile *
ot_compat_choose_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* URIs */

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean launched;

#if OT_HAS_GTK_4_10
  launched = gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error);
#else
  launched = gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error);
#endif
  if (launched)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
ot_compat_launch_uri (GtkWindow           *parent,
                      const char          *uri,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GTask *task = g_task_new (parent, NULL, callback, user_data);

  g_return_if_fail (uri != NULL);

  g_task_set_source_tag (task, ot_compat_launch_uri);
#if OT_HAS_GTK_4_10
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, parent, NULL, launch_cb, task);
  }
#else
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, launch_cb, task);
#endif
}

gboolean
ot_compat_launch_uri_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Colours */

gboolean
ot_compat_get_accent_color (GtkWidget *widget,
                            GdkRGBA   *color)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (color != NULL, FALSE);

#if ADW_CHECK_VERSION (1, 6, 0)
  {
    AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));

    adw_accent_color_to_standalone_rgba (adw_style_manager_get_accent_color (manager),
                                         adw_style_manager_get_dark (manager), color);
    return TRUE;
  }
#else
  {
    gboolean found;

    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                            "accent_color", color);
    G_GNUC_END_IGNORE_DEPRECATIONS
    return found;
  }
#endif
}

/* Lists */

gboolean
ot_compat_list_item_set_accessible_label (GtkListItem *item,
                                          const char  *label)
{
  g_return_val_if_fail (GTK_IS_LIST_ITEM (item), FALSE);

#if OT_HAS_GTK_4_12
  gtk_list_item_set_accessible_label (item, label != NULL ? label : "");
  return TRUE;
#else
  return FALSE;
#endif
}

void
ot_compat_list_item_set_focusable (GtkListItem *item,
                                   gboolean     focusable)
{
  g_return_if_fail (GTK_IS_LIST_ITEM (item));

#if OT_HAS_GTK_4_12
  gtk_list_item_set_focusable (item, focusable);
#endif
}
