/* ot-chart-view.c: a chart whose elements can be pointed at, focused and followed
 *
 * The widget keeps the core's OtChartLayout for its size and paints it with
 * ot_chart_layout_paint (), the same code that writes exports. Pointer
 * hit-testing asks the layout; each of the layout's elements also gets a
 * small child widget on its rectangle, so that keyboard focus and assistive
 * technology have something to land on. The children draw nothing but their
 * CSS: the highlight and the focus ring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "ot-chart-view.h"
#include "ot-format.h"

/* One chart element as a widget: focusable, named for screen readers,
 * placed by the chart view; the pointer goes through it to the chart. */
#define OT_TYPE_CHART_ELEMENT_WIDGET (ot_chart_element_widget_get_type ())

G_DECLARE_FINAL_TYPE (OtChartElementWidget, ot_chart_element_widget, OT, CHART_ELEMENT_WIDGET,
                      GtkWidget)

struct _OtChartElementWidget
{
  GtkWidget  parent_instance;

  char      *id;
};

G_DEFINE_FINAL_TYPE (OtChartElementWidget, ot_chart_element_widget, GTK_TYPE_WIDGET)

static void
ot_chart_element_widget_finalize (GObject *object)
{
  g_free (OT_CHART_ELEMENT_WIDGET (object)->id);

  G_OBJECT_CLASS (ot_chart_element_widget_parent_class)->finalize (object);
}

static void
ot_chart_element_widget_class_init (OtChartElementWidgetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_chart_element_widget_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "chartelement");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
ot_chart_element_widget_init (OtChartElementWidget *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

struct _OtChartView
{
  GtkWidget      parent_instance;

  OtDataset     *dataset;
  const OtChart *chart;
  OtLang         lang;
  gboolean       shares;
  OtChartChanges *changes;  /* the user's edits of the chart on screen, or NULL */
  char          *selected_id;

  PangoContext  *context;
  OtChartLayout *layout;
  gboolean       layout_pending;  /* the content changed before we had a size */
  GPtrArray     *items;        /* OtChartElementWidget, our children */
  int            cursor;       /* where keyboard focus lands in the chart */

  GtkWidget     *tip;          /* a tooltip for keyboard focus */
  GtkWidget     *menu;         /* an element's context menu: highlight, annotate */
  GtkWidget     *tip_label;
};

enum
{
  PROP_0,
  PROP_DATASET,
  PROP_CHART_ID,
  PROP_SHARES,
  PROP_SELECTED_ID,
  N_PROPS
};

enum
{
  ELEMENT_ACTIVATED,
  LAYOUT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtChartView, ot_chart_view, GTK_TYPE_WIDGET)

void
ot_chart_view_get_style (OtChartView  *self,
                         OtChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_return_if_fail (OT_IS_CHART_VIEW (self));
  g_return_if_fail (style != NULL);

  /* Every field the core may add defaults to zero. */
  *style = (OtChartStyle) { 0 };
  style->lang = self->lang;
  style->shares = self->shares;
  style->changes = self->changes;
  /* Chart text is never smaller than the window's body text, in pixels as
   * Pango draws it: points at the context's resolution. */
  {
    PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
    const PangoFontDescription *font = pango_context_get_font_description (context);
    double dpi = pango_cairo_context_get_resolution (context);

    if (font != NULL && pango_font_description_get_size (font) > 0)
      style->min_text = pango_font_description_get_size_is_absolute (font)
                        ? (double) pango_font_description_get_size (font) / PANGO_SCALE
                        : (double) pango_font_description_get_size (font) / PANGO_SCALE
                          * (dpi > 0 ? dpi : 96.0) / 72.0;
  }
  if (adw_style_manager_get_high_contrast (manager))
    style->theme = OT_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (manager))
    style->theme = OT_THEME_DARK;
  else
    style->theme = OT_THEME_LIGHT;
}

static OtChartLayout *
layout_new (OtChartView   *self,
            const OtChart *chart,
            double         width,
            double         height)
{
  OtChartStyle style;

  ot_chart_view_get_style (self, &style);
  return ot_chart_layout_new (chart, self->context, self->dataset, width, height, &style);
}

static const OtChartElement *
element_at (OtChartView *self,
            int          index)
{
  if (self->layout == NULL || index < 0 || (guint) index >= self->layout->elements->len)
    return NULL;

  return &g_array_index (self->layout->elements, OtChartElement, index);
}

static void
append_line (GString    *out,
             gboolean    markup,
             const char *format,
             const char *text)
{
  g_autofree char *escaped = markup ? g_markup_escape_text (text, -1) : g_strdup (text);

  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append_printf (out, format, escaped);
}

/* What a tooltip and a screen reader say of a figure or an event: its value
 * as published (and in full, said to be that), qualifier, date and the
 * letter's sentence, all in the window's language. */
char *
ot_chart_view_describe_element (OtChartView *self,
                                const char  *id,
                                gboolean     markup)
{
  GString *out;
  const OtFigure *figure;
  const OtEvent *event;
  OtLang lang;
  const char *source = NULL;
  gboolean source_is_original = FALSE;

  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (self->dataset == NULL)
    return NULL;

  lang = self->lang;
  out = g_string_new (NULL);
  figure = ot_dataset_lookup_figure (self->dataset, id);
  event = figure == NULL ? ot_dataset_lookup_event (self->dataset, id) : NULL;

  if (figure != NULL)
    {
      g_autofree char *published = ot_format_figure (figure, lang);
      g_autofree char *in_full = ot_format_in_full (figure, lang);
      const char *note = ot_format_qualifier_note (figure->qualifier, lang);

      append_line (out, markup, markup ? "<b>%s</b>" : "%s", ot_figure_get_label (figure, lang));
      /* As the letter gives it, with its rounding and hedge. */
      append_line (out, markup, ot_gettext (lang, "Value: %s"), published);
      if (in_full != NULL)
        append_line (out, markup, "%s", in_full);
      if (note != NULL)
        append_line (out, markup, ot_gettext (lang, "Qualifier: %s"), note);
      if (figure->date.year != 0)
        {
          g_autofree char *date = ot_format_date (&figure->date, lang);
          append_line (out, markup, ot_gettext (lang, "Refers to: %s"), date);
        }
      source = ot_figure_get_source (figure, lang);
      source_is_original = lang != OT_LANG_NL && figure->source_en == NULL;
    }
  else if (event != NULL)
    {
      g_autofree char *date = ot_format_event_date (event, lang);

      append_line (out, markup, markup ? "<b>%s</b>" : "%s", ot_event_get_label (event, lang));
      append_line (out, markup, ot_gettext (lang, "Date: %s"), date);
      source = ot_event_get_source (event, lang);
      source_is_original = lang != OT_LANG_NL && event->source_en == NULL;
    }
  else
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  if (source != NULL && *source != '\0')
    {
      /* The letter's sentence in the language shown; where there is no
       * translation, the Dutch original, marked as Dutch for a voice. */
      /* A file of one's own has its own sources, not the letter's. */
      append_line (out, markup, "%s", ot_dataset_is_letter (self->dataset)
                                      ? ot_gettext (lang, "In the letter:")
                                      : ot_gettext (lang, "Source:"));
      append_line (out, markup, !markup ? "“%s”"
                                : source_is_original ? "<i><span lang=\"nl\">“%s”</span></i>"
                                : "<i>“%s”</i>", source);
    }

  return g_string_free (out, FALSE);
}

static void
update_accessible (OtChartView *self)
{
  g_autofree char *description = NULL;
  g_autofree char *title = self->chart != NULL && self->dataset != NULL
                           ? ot_chart_dup_title (self->chart, self->dataset, self->lang)
                           : g_strdup ("");

  if (self->layout != NULL && self->layout->description != NULL)
    description = g_strdup (self->layout->description);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
update_highlight (OtChartView *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      OtChartElementWidget *item = g_ptr_array_index (self->items, i);

      if (self->selected_id != NULL && g_strcmp0 (item->id, self->selected_id) == 0)
        gtk_widget_add_css_class (GTK_WIDGET (item), "highlighted");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (item), "highlighted");
    }
}

/* Children follow the layout's elements: one each, named by its label. */
static void
sync_items (OtChartView *self)
{
  guint n = self->layout != NULL ? self->layout->elements->len : 0;

  while (self->items->len > n)
    {
      GtkWidget *item = g_ptr_array_steal_index (self->items, self->items->len - 1);
      gtk_widget_unparent (item);
    }

  while (self->items->len < n)
    {
      GtkWidget *item = g_object_new (OT_TYPE_CHART_ELEMENT_WIDGET, NULL);

      gtk_widget_insert_before (item, GTK_WIDGET (self), self->tip);
      g_ptr_array_add (self->items, item);
    }

  for (guint i = 0; i < n; i++)
    {
      OtChartElementWidget *item = g_ptr_array_index (self->items, i);
      const OtChartElement *element = &g_array_index (self->layout->elements, OtChartElement, i);
      g_autofree char *details = ot_chart_view_describe_element (self, element->id, FALSE);

      g_free (item->id);
      item->id = g_strdup (element->id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, element->label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      details != NULL ? details : "",
                                      -1);
    }

  self->cursor = n > 0 ? CLAMP (self->cursor, 0, (int) n - 1) : 0;
  /* An empty chart keeps the focus itself, so its message can be read. */
  gtk_widget_set_focusable (GTK_WIDGET (self), n == 0);
  update_highlight (self);
}

/* A new layout of the content at @width × @height, its elements' children
 * and names; the layout's users hear of it. */
static void
lay_out (OtChartView *self,
         int          width,
         int          height)
{
  gboolean was_pending = self->layout_pending;

  self->layout_pending = FALSE;
  g_clear_pointer (&self->layout, ot_chart_layout_free);
  if (self->dataset != NULL && self->chart != NULL)
    self->layout = layout_new (self, self->chart, width, height);

  sync_items (self);
  /* An element selected while the layout waited is where focus lands. */
  for (guint i = 0; was_pending && self->selected_id != NULL && i < self->items->len; i++)
    if (g_strcmp0 (((OtChartElementWidget *) g_ptr_array_index (self->items, i))->id,
                   self->selected_id) == 0)
      self->cursor = i;
  update_accessible (self);
  g_signal_emit (self, signals[LAYOUT_CHANGED], 0, self->layout);
}

/* The content changed: lay out again at the size we have. Before the first
 * allocation there is no size yet, and laying out at a guess would be done
 * again at the real one: the layout waits for size_allocate, which comes
 * before the first frame is drawn, so that frame shows the chart. */
static void
rebuild (OtChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (width > 0 && height > 0)
    lay_out (self, width, height);
  else
    {
      g_clear_pointer (&self->layout, ot_chart_layout_free);
      self->layout_pending = TRUE;
      sync_items (self);
      update_accessible (self);
      g_signal_emit (self, signals[LAYOUT_CHANGED], 0, NULL);
    }

  if (self->tip != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->tip));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whoever asks for the layout, its elements or their children before the
 * view has a size gets them at a slide's size (elements do not change with
 * size; their rectangles follow at the first allocation). */
static void
ensure_layout (OtChartView *self)
{
  if (self->layout_pending)
    lay_out (self, 1280, 720);
}

static void
ot_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 400;
}

static void
ot_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  guint n;

  if (self->layout_pending)
    lay_out (self, width, height);
  else if (self->layout != NULL
           && (self->layout->canvas.width != MAX (width, 1)
               || self->layout->canvas.height != MAX (height, 1)))
    {
      g_clear_pointer (&self->layout, ot_chart_layout_free);
      self->layout = layout_new (self, self->chart, width, height);
    }

  /* Element counts do not change with size; should one, the rest wait for
   * the next rebuild. */
  n = self->layout != NULL ? MIN (self->items->len, self->layout->elements->len) : 0;
  for (guint i = 0; i < self->items->len; i++)
    {
      GtkWidget *item = g_ptr_array_index (self->items, i);
      const OtChartElement *element = i < n ? element_at (self, i) : NULL;
      GtkAllocation allocation = { 0, 0, 0, 0 };

      if (element != NULL)
        {
          allocation.x = floor (element->rect.x);
          allocation.y = floor (element->rect.y);
          allocation.width = ceil (element->rect.x + element->rect.width) - allocation.x;
          allocation.height = ceil (element->rect.y + element->rect.height) - allocation.y;
        }
      gtk_widget_size_allocate (item, &allocation, -1);
    }

  gtk_popover_present (GTK_POPOVER (self->tip));
  gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
ot_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  OtChartStyle style;
  cairo_t *cr;

  if (self->layout == NULL || width < 1 || height < 1)
    return;

  ot_chart_view_get_style (self, &style);
  /* GTK paints the cairo node on pixels of the window's scale: the layout
   * keeps what it paints as such an image between frames. */
  style.raster_scale = MAX (gtk_widget_get_scale_factor (widget), 1);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ot_chart_layout_paint (self->layout, cr, &style);
  cairo_destroy (cr);

  /* The elements: highlight and focus ring, over the chart. */
  for (guint i = 0; i < self->items->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->items, i), snapshot);
  gtk_widget_snapshot_child (widget, self->tip, snapshot);
}

static void
show_tip (OtChartView *self,
          int          index)
{
  const OtChartElement *element = element_at (self, index);
  g_autofree char *markup = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (element == NULL || !GTK_IS_WINDOW (root) || !gtk_window_get_focus_visible (GTK_WINDOW (root)))
    {
      gtk_popover_popdown (GTK_POPOVER (self->tip));
      return;
    }

  markup = ot_chart_view_describe_element (self, element->id, TRUE);
  if (markup == NULL)
    markup = g_markup_escape_text (element->label, -1);
  gtk_label_set_markup (GTK_LABEL (self->tip_label), markup);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->tip),
                               &(GdkRectangle) { element->rect.x, element->rect.y,
                                                 MAX (element->rect.width, 1),
                                                 MAX (element->rect.height, 1) });
  gtk_popover_popup (GTK_POPOVER (self->tip));
}

static void
ot_chart_view_set_focus_child (GtkWidget *widget,
                               GtkWidget *child)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  guint index;

  GTK_WIDGET_CLASS (ot_chart_view_parent_class)->set_focus_child (widget, child);

  if (child != NULL && g_ptr_array_find (self->items, child, &index))
    {
      self->cursor = index;
      show_tip (self, index);
    }
  else
    gtk_popover_popdown (GTK_POPOVER (self->tip));
}

static gboolean
focus_item (OtChartView *self,
            int          index)
{
  if (index < 0 || (guint) index >= self->items->len)
    return FALSE;

  self->cursor = index;
  return gtk_widget_grab_focus (g_ptr_array_index (self->items, index));
}

/* Tab enters the chart at its last focused element and leaves it at once:
 * the arrows move among the elements. */
static gboolean
ot_chart_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  if (self->items->len == 0)
    return GTK_WIDGET_CLASS (ot_chart_view_parent_class)->focus (widget, direction);

  if (focus_child != NULL && focus_child != self->tip)
    return FALSE;

  return focus_item (self, self->cursor);
}

static gboolean
ot_chart_view_grab_focus (GtkWidget *widget)
{
  OtChartView *self = OT_CHART_VIEW (widget);

  if (self->items->len == 0)
    return GTK_WIDGET_CLASS (ot_chart_view_parent_class)->grab_focus (widget);

  return focus_item (self, self->cursor);
}

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  int delta = g_variant_get_int32 (args);
  int n = self->items->len;

  if (n == 0)
    return FALSE;

  if (delta == G_MININT32)
    return focus_item (self, 0);
  if (delta == G_MAXINT32)
    return focus_item (self, n - 1);

  focus_item (self, CLAMP (self->cursor + delta, 0, n - 1));
  /* At either end the key is used up, so focus stays in the chart. */
  return TRUE;
}

static void
activate_element (OtChartView *self,
                  int          index)
{
  const OtChartElement *element = element_at (self, index);
  g_autofree char *id = NULL;

  if (element == NULL)
    return;

  id = g_strdup (element->id);
  ot_chart_view_set_selected_id (self, id);
  g_signal_emit (self, signals[ELEMENT_ACTIVATED], 0, id);
}

/* H: the element the focus is on stands out in the briefing, or no
 * longer does (the window's win.toggle-highlight). */
static gboolean
highlight_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  const OtChartElement *element;

  if (focus_child == NULL || focus_child == self->tip)
    return FALSE;
  element = element_at (self, self->cursor);
  if (element == NULL || element->id == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "win.toggle-highlight", "s", element->id);
}

static gboolean
activate_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  if (focus_child == NULL || focus_child == self->tip)
    return FALSE;

  activate_element (self, self->cursor);
  return TRUE;
}

/* The element's context menu (right click, Menu or Shift+F10): make it
 * stand out, or no longer; annotate it. The window's actions do both. */
static gboolean
popup_menu (OtChartView *self,
            int          index)
{
  const OtChartElement *element = element_at (self, index);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) highlight = NULL;
  g_autoptr(GMenuItem) annotate = NULL;
  gboolean highlighted;

  if (element == NULL || element->id == NULL)
    return FALSE;
  highlighted = ot_chart_changes_is_highlighted (self->changes, element->id);
  highlight = g_menu_item_new (highlighted ? ot_gettext (self->lang, "_No Longer Highlight")
                                           : ot_gettext (self->lang, "_Highlight"), NULL);
  g_menu_item_set_action_and_target (highlight, "win.toggle-highlight", "s", element->id);
  g_menu_item_set_attribute (highlight, "accel", "s", "h");
  g_menu_append_item (menu, highlight);
  annotate = g_menu_item_new (ot_gettext (self->lang, "_Annotate…"), NULL);
  g_menu_item_set_action_and_target (annotate, "win.annotate-element", "s", element->id);
  g_menu_append_item (menu, annotate);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { element->rect.x, element->rect.y,
                                                 MAX (element->rect.width, 1),
                                                 MAX (element->rect.height, 1) });
  gtk_popover_popup (GTK_POPOVER (self->menu));
  return TRUE;
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      OtChartView     *self)
{
  int index;

  if (self->layout == NULL)
    return;
  index = ot_chart_layout_hit_test (self->layout, x, y);
  if (index >= 0 && popup_menu (self, index))
    {
      self->cursor = index;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static gboolean
menu_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  if (focus_child == NULL || focus_child == self->tip)
    return FALSE;
  return popup_menu (self, self->cursor);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            OtChartView     *self)
{
  int index;

  if (self->layout == NULL)
    return;

  index = ot_chart_layout_hit_test (self->layout, x, y);
  if (index < 0)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->cursor = index;
  activate_element (self, index);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           OtChartView              *self)
{
  gboolean over = self->layout != NULL && ot_chart_layout_hit_test (self->layout, x, y) >= 0;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over ? "pointer" : NULL);
}

static gboolean
query_tooltip_cb (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip,
                  OtChartView *self)
{
  int index = keyboard_mode ? self->cursor
              : self->layout != NULL ? ot_chart_layout_hit_test (self->layout, x, y) : -1;
  const OtChartElement *element = element_at (self, index);
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (element == NULL)
    return FALSE;

  markup = ot_chart_view_describe_element (self, element->id, TRUE);
  if (markup == NULL)
    return FALSE;

  /* A source sentence is long: wrap it. */
  label = g_object_new (GTK_TYPE_LABEL, "wrap", TRUE, "max-width-chars", 48, "xalign", 0.0f,
                        "use-markup", TRUE, "label", markup, NULL);
  gtk_tooltip_set_custom (tooltip, label);
  gtk_tooltip_set_tip_area (tooltip,
                            &(GdkRectangle) { element->rect.x, element->rect.y,
                                              MAX (element->rect.width, 1),
                                              MAX (element->rect.height, 1) });
  return TRUE;
}

static void
style_changed_cb (OtChartView *self)
{
  /* Colours only: the geometry stays. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ot_chart_view_dispose (GObject *object)
{
  OtChartView *self = OT_CHART_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  while (self->items->len > 0)
    gtk_widget_unparent (g_ptr_array_steal_index (self->items, self->items->len - 1));
  g_clear_pointer (&self->tip, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->layout, ot_chart_layout_free);
  g_clear_object (&self->dataset);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ot_chart_view_parent_class)->dispose (object);
}

static void
ot_chart_view_finalize (GObject *object)
{
  OtChartView *self = OT_CHART_VIEW (object);

  g_ptr_array_unref (self->items);
  g_free (self->selected_id);
  g_clear_pointer (&self->changes, ot_chart_changes_free);

  G_OBJECT_CLASS (ot_chart_view_parent_class)->finalize (object);
}

static void
ot_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OtChartView *self = OT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart != NULL ? self->chart->id : NULL);
      break;
    case PROP_SHARES:
      g_value_set_boolean (value, self->shares);
      break;
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OtChartView *self = OT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      ot_chart_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_CHART_ID:
      {
        const char *id = g_value_get_string (value);
        ot_chart_view_set_chart (self, id != NULL ? ot_chart_lookup (id) : NULL);
      }
      break;
    case PROP_SHARES:
      ot_chart_view_set_shares (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED_ID:
      ot_chart_view_set_selected_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Chart text is measured as it is drawn: on an image surface (GTK paints
 * a cairo node into one), hinted and rounded at the monitor's own pixels,
 * so a scale of 2 hints at twice the size. */
static void
update_text_context (OtChartView *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  cairo_scale (cr, MAX (scale, 1), MAX (scale, 1));
  g_clear_object (&self->context);
  self->context = ot_chart_text_context_new (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
scale_changed_cb (OtChartView *self,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  update_text_context (self);
  rebuild (self);
}

/* The window's font, its size or the screen's resolution changed: the
 * smallest chart text follows the body text. */
static void
ot_chart_view_system_setting_changed (GtkWidget       *widget,
                                      GtkSystemSetting setting)
{
  OtChartView *self = OT_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (ot_chart_view_parent_class)->system_setting_changed (widget, setting);
  if (setting == GTK_SYSTEM_SETTING_DPI || setting == GTK_SYSTEM_SETTING_FONT_NAME
      || setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    rebuild (self);
}

static void
ot_chart_view_class_init (OtChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint prev_keys[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_KP_Left, GDK_KEY_KP_Up };
  static const guint next_keys[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_KP_Right,
                                     GDK_KEY_KP_Down };
  static const guint activate_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter,
                                         GDK_KEY_space, GDK_KEY_KP_Space };

  object_class->dispose = ot_chart_view_dispose;
  object_class->finalize = ot_chart_view_finalize;
  object_class->get_property = ot_chart_view_get_property;
  object_class->set_property = ot_chart_view_set_property;
  widget_class->measure = ot_chart_view_measure;
  widget_class->size_allocate = ot_chart_view_size_allocate;
  widget_class->snapshot = ot_chart_view_snapshot;
  widget_class->focus = ot_chart_view_focus;
  widget_class->grab_focus = ot_chart_view_grab_focus;
  widget_class->set_focus_child = ot_chart_view_set_focus_child;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, OT_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARES] =
    g_param_spec_boolean ("shares", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OtChartView::element-activated:
   * @id: the figure's or event's id
   *
   * An element was clicked, or Enter pressed on it.
   */
  signals[ELEMENT_ACTIVATED] =
    g_signal_new ("element-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * OtChartView::layout-changed:
   * @layout: (nullable): the new OtChartLayout, or NULL while it waits
   *
   * The content changed (data, chart, language, shares, changes, text
   * settings), not only the size: the elements may differ. Before the view
   * has a size the layout waits (@layout NULL; ot_chart_view_get_layout ()
   * makes it at once) and comes, with this signal again, at the first
   * allocation.
   */
  signals[LAYOUT_CHANGED] =
    g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  for (guint i = 0; i < G_N_ELEMENTS (prev_keys); i++)
    gtk_widget_class_add_binding (widget_class, prev_keys[i], 0, move_cb, "i", -1);
  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    gtk_widget_class_add_binding (widget_class, next_keys[i], 0, move_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, move_cb, "i", G_MININT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, move_cb, "i", G_MAXINT32);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding (widget_class, activate_keys[i], 0, activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_h, 0, highlight_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, menu_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, menu_key_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "win.copy-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK,
                                       "win.copy-chart", NULL);

  widget_class->system_setting_changed = ot_chart_view_system_setting_changed;
  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ot_chart_view_init (OtChartView *self)
{
  GtkEventController *controller;

  update_text_context (self);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_changed_cb), NULL);

  self->items = g_ptr_array_new ();
  self->lang = ot_lang_from_environment ();
  self->chart = ot_chart_lookup ("breakdown");

  self->tip_label = g_object_new (GTK_TYPE_LABEL, "wrap", TRUE, "max-width-chars", 36,
                                  "xalign", 0.0f, NULL);
  self->tip = g_object_new (GTK_TYPE_POPOVER, "autohide", FALSE, "can-focus", FALSE,
                            "position", GTK_POS_TOP, "child", self->tip_label, NULL);
  gtk_widget_add_css_class (self->tip, "chart-tip");
  gtk_widget_set_parent (self->tip, GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), TRUE);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), GDK_BUTTON_SECONDARY);
  g_signal_connect (controller, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (style_changed_cb), self);
  update_accessible (self);
}

GtkWidget *
ot_chart_view_new (void)
{
  return g_object_new (OT_TYPE_CHART_VIEW, NULL);
}

OtDataset *
ot_chart_view_get_dataset (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  return self->dataset;
}

void
ot_chart_view_set_dataset (OtChartView *self,
                           OtDataset   *dataset)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));
  g_return_if_fail (dataset == NULL || OT_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

const OtChart *
ot_chart_view_get_chart (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
ot_chart_view_set_chart (OtChartView   *self,
                         const OtChart *chart)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;

  self->chart = chart;
  self->cursor = 0;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_ID]);
}

OtLang
ot_chart_view_get_lang (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), OT_LANG_EN);

  return self->lang;
}

void
ot_chart_view_set_lang (OtChartView *self,
                        OtLang       lang)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));
  g_return_if_fail (lang < OT_N_LANGS);

  if (self->lang == lang)
    return;

  self->lang = lang;
  rebuild (self);
}

gboolean
ot_chart_view_get_shares (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), FALSE);

  return self->shares;
}

void
ot_chart_view_set_shares (OtChartView *self,
                          gboolean     shares)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));

  shares = !!shares;
  if (self->shares == shares)
    return;

  self->shares = shares;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARES]);
}

const OtChartChanges *
ot_chart_view_get_changes (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  return self->changes;
}

/* The user's edits of the chart on screen (copied), or NULL for the
 * letter's own: the layout draws them. */
void
ot_chart_view_set_changes (OtChartView          *self,
                           const OtChartChanges *changes)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));

  if (changes == self->changes
      || (changes != NULL && self->changes != NULL
          && ot_chart_changes_equal (changes, self->changes)))
    return;

  g_clear_pointer (&self->changes, ot_chart_changes_free);
  if (changes != NULL)
    self->changes = ot_chart_changes_copy (changes);
  rebuild (self);
}

const char *
ot_chart_view_get_selected_id (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  return self->selected_id;
}

/* Highlights the element of that figure or event; NULL for none. */
void
ot_chart_view_set_selected_id (OtChartView *self,
                               const char  *id)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);

  for (guint i = 0; id != NULL && i < self->items->len; i++)
    if (g_strcmp0 (((OtChartElementWidget *) g_ptr_array_index (self->items, i))->id, id) == 0)
      self->cursor = i;

  update_highlight (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

const OtChartLayout *
ot_chart_view_get_layout (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  ensure_layout (self);
  return self->layout;
}

int
ot_chart_view_get_cursor (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), -1);

  ensure_layout (self);
  return self->items->len > 0 ? self->cursor : -1;
}

/* Puts keyboard focus on the element of @id; FALSE when there is none. */
gboolean
ot_chart_view_focus_element (OtChartView *self,
                             const char  *id)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  ensure_layout (self);
  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (((OtChartElementWidget *) g_ptr_array_index (self->items, i))->id, id) == 0)
      return focus_item (self, i);

  return FALSE;
}

GtkWidget *
ot_chart_view_get_element_widget (OtChartView *self,
                                  guint        index)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  ensure_layout (self);
  return index < self->items->len ? g_ptr_array_index (self->items, index) : NULL;
}

/* Whether @chart draws an element for @id with our data and language. */
gboolean
ot_chart_view_chart_shows (OtChartView   *self,
                           const OtChart *chart,
                           const char    *id)
{
  g_autoptr(OtChartLayout) layout = NULL;

  g_return_val_if_fail (OT_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->dataset == NULL)
    return FALSE;

  layout = layout_new (self, chart, 1280, 720);
  for (guint i = 0; i < layout->elements->len; i++)
    if (g_strcmp0 (g_array_index (layout->elements, OtChartElement, i).id, id) == 0)
      return TRUE;

  return FALSE;
}
